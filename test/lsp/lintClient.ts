// A language client for the diagnostics and code-action tests: spawns the built server (dist/server.js
// --stdio), initializes it either as a client that answers workspace/configuration (settings pulled)
// or as one that passes initializationOptions and didChangeConfiguration (settings pushed), opens and
// edits drafts, and waits for the diagnostics of a given version.

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  CodeActionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type CodeAction,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { CorpusStatusNotification, type CorpusStatus } from '../../server/src/protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');

export interface LintClientOptions {
  /** The `unres` settings. */
  readonly settings?: Record<string, unknown>;
  /** `pull`: answer workspace/configuration; `push`: initializationOptions and didChangeConfiguration. */
  readonly route?: 'pull' | 'push';
}

export class LintClient {
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: { test: () => boolean; done: () => void }[] = [];
  private readonly statuses: CorpusStatus[] = [];
  private readonly versions = new Map<string, number>();
  private settings: Record<string, unknown>;
  readonly errors: string[] = [];

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly route: 'pull' | 'push',
    settings: Record<string, unknown>,
    private readonly stopChild: () => void,
  ) {
    this.settings = settings;
  }

  static async start(options: LintClientOptions = {}): Promise<LintClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const route = options.route ?? 'pull';
    const client = new LintClient(connection, route, options.settings ?? {}, () => child.kill());
    child.stderr.on('data', (chunk: Buffer) => client.errors.push(chunk.toString()));
    client.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: route === 'pull' },
        textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true }, codeAction: {} },
        window: { workDoneProgress: true },
      },
      initializationOptions: route === 'push' ? { settings: { unres: client.settings } } : null,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private listen(): void {
    const { connection } = this;
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.wake();
    });
    connection.onNotification(CorpusStatusNotification, (status) => {
      this.statuses.push(status);
      this.wake();
    });
    connection.onNotification(LogMessageNotification.type, (message) => {
      if (message.type === 1) this.errors.push(message.message);
    });
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section === 'unres' ? this.settings : null)));
    connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    connection.listen();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.test()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.done();
      }
    }
  }

  private until(test: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ test, done: () => (clearTimeout(timer), done()) });
    });
  }

  /** Resolves once a corpus status passes `test` (by default: indexing is over). */
  corpusReady(test: (status: CorpusStatus) => boolean = (status) => status.state !== 'indexing'): Promise<void> {
    return this.until(() => this.statuses.some(test), 'the corpus', 60_000);
  }

  async open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
  }

  /** Replaces the whole text (a new version). */
  async replace(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Changes the settings through the client's route, as an editor does when the user edits them. */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: this.route === 'push' ? { unres: settings } : null });
  }

  /** The diagnostics published for `uri` at `version` (the current one when not given), after `count` earlier publications. */
  async diagnostics(uri: string, version = this.versions.get(uri) ?? 1, after = 0, timeoutMs = 10000): Promise<Diagnostic[]> {
    const match = () => (this.published.get(uri) ?? []).slice(after).find((params) => params.version === version);
    await this.until(() => match() !== undefined, `diagnostics of ${uri} version ${version}`, timeoutMs);
    return match()!.diagnostics;
  }

  /** The first diagnostics published for `uri` (from the start) that pass `test`. */
  async diagnosticsWhere(uri: string, test: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 60_000): Promise<Diagnostic[]> {
    const match = () => (this.published.get(uri) ?? []).find((params) => test(params.diagnostics));
    await this.until(() => match() !== undefined, `diagnostics of ${uri} that pass the test`, timeoutMs);
    return match()!.diagnostics;
  }

  /** How many diagnostics notifications arrived for `uri` so far. */
  publications(uri: string): number {
    return this.published.get(uri)?.length ?? 0;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection
      .sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } })
      .then((actions) => (actions ?? []).filter((action): action is CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string')));
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
    this.connection.dispose();
    this.stopChild();
  }
}
