// A language client for the shaping tests (formatting, semantic tokens, on-type formatting, the
// reshaping commands): spawns the built server (dist/server.js --stdio), keeps its own copy of each
// open draft, answers workspace/applyEdit by applying the edits to that copy and sending them back as
// didChange (as an editor does), and records every edit and message the server sends.

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import {
  ApplyWorkspaceEditRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  ShowMessageNotification,
  ShutdownRequest,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type ShowMessageParams,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const SERVER = resolve(__dirname, '../../dist/server.js');

export const editorCapabilities: ClientCapabilities = {
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    semanticTokens: {
      requests: { full: true, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
    formatting: {},
    rangeFormatting: {},
    onTypeFormatting: {},
  },
};

export interface ShapingSession {
  readonly connection: ProtocolConnection;
  readonly initialized: InitializeResult;
  /** The workspace/applyEdit requests the server sent, in order. */
  readonly appliedEdits: ApplyWorkspaceEditParams[];
  readonly messages: ShowMessageParams[];
  open(uri: string, text: string): Promise<void>;
  /** The client's copy of a draft (with every edit the server applied). */
  text(uri: string): string;
  /** Replaces the draft's text as typing would, and tells the server. */
  change(uri: string, edits: readonly TextEdit[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startShapingSession(capabilities: ClientCapabilities = editorCapabilities): Promise<ShapingSession> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const documents = new Map<string, TextDocument>();
  const appliedEdits: ApplyWorkspaceEditParams[] = [];
  const messages: ShowMessageParams[] = [];
  const change = async (uri: string, edits: readonly TextEdit[]) => {
    const document = documents.get(uri);
    if (!document) throw new Error(`${uri} is not open`);
    const updated = TextDocument.create(uri, 'unres', document.version + 1, TextDocument.applyEdits(document, [...edits]));
    documents.set(uri, updated);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: updated.version },
      contentChanges: [{ text: updated.getText() }],
    });
  };
  connection.onRequest(ApplyWorkspaceEditRequest.type, async (params) => {
    appliedEdits.push(params);
    for (const documentChange of params.edit.documentChanges ?? []) {
      if (!('textDocument' in documentChange)) continue;
      const current = documents.get(documentChange.textDocument.uri);
      if (current?.version !== documentChange.textDocument.version) return { applied: false, failureReason: 'the draft has changed' };
      await change(documentChange.textDocument.uri, documentChange.edits as TextEdit[]);
    }
    for (const [uri, edits] of Object.entries(params.edit.changes ?? {})) await change(uri, edits);
    return { applied: true };
  });
  connection.onNotification(ShowMessageNotification.type, (params) => {
    messages.push(params);
  });
  connection.onNotification(LogMessageNotification.type, () => undefined);
  connection.onNotification('unres/corpusStatus', () => undefined);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.listen();
  const initialized = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    initialized,
    appliedEdits,
    messages,
    async open(uri, text) {
      documents.set(uri, TextDocument.create(uri, 'unres', 1, text));
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'unres', version: 1, text } });
    },
    text: (uri) => documents.get(uri)?.getText() ?? '',
    change,
    async stop() {
      await connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await connection.sendNotification(ExitNotification.type).catch(() => undefined);
      connection.dispose();
      child.kill();
    },
  };
}
