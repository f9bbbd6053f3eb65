// A language client for the lookup and navigation tests: spawns the built server (dist/server.js
// --stdio), initializes it as an editor with hierarchical symbols, location links and Markdown hovers
// would, pushes settings through initializationOptions, and opens drafts.

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  MarkupKind,
  ShutdownRequest,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { CorpusStatusNotification, type CorpusStatus } from '../../server/src/protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');

export const editorCapabilities: ClientCapabilities = {
  textDocument: {
    hover: { contentFormat: [MarkupKind.Markdown, MarkupKind.PlainText] },
    definition: { linkSupport: true },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    documentLink: { tooltipSupport: true },
  },
};

export interface NavigationSession {
  readonly connection: ProtocolConnection;
  /** Opens a draft as `unres` text and returns its URI. */
  open(uri: string, text: string): Promise<string>;
  /** Resolves with the first corpus status (already received or to come) that passes `test`. */
  corpusStatus(test: (status: CorpusStatus) => boolean): Promise<CorpusStatus>;
  stop(): Promise<void>;
}

export interface SessionOptions {
  /** The `unres` settings, passed as initializationOptions.settings.unres. */
  readonly settings?: unknown;
  readonly capabilities?: ClientCapabilities;
}

export async function startNavigationSession(options: SessionOptions = {}): Promise<NavigationSession> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const statuses: CorpusStatus[] = [];
  const waiting: { test: (status: CorpusStatus) => boolean; done: (status: CorpusStatus) => void }[] = [];
  connection.onNotification(CorpusStatusNotification, (status) => {
    statuses.push(status);
    for (const waiter of waiting.filter((candidate) => candidate.test(status))) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.done(status);
    }
  });
  connection.onNotification(LogMessageNotification.type, () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: options.capabilities ?? editorCapabilities,
    initializationOptions: options.settings === undefined ? null : { settings: { unres: options.settings } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    async open(uri, text) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
      return uri;
    },
    corpusStatus(test) {
      const found = statuses.find(test);
      return found ? Promise.resolve(found) : new Promise((done) => waiting.push({ test, done }));
    },
    async stop() {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await connection.sendNotification(ExitNotification.type).catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) await new Promise((done) => child.once('exit', done));
    },
  };
}
