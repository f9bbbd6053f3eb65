// Wires the LSP features to a connection. Each feature lives in its own file under features/.

import { TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Feature, ServerContext } from './context';
import { CorpusFiles } from './corpusFiles';
import { CorpusService } from './corpusService';
import { defaultReaders } from './service/corpus/readers';
import { DraftStore } from './drafts';
import { SettingsStore } from './settings';
import { features } from './features';
import { version } from '../../package.json';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  let folders: string[] = [];
  let clientCapabilities: InitializeParams['capabilities'] = {};
  const corpus = new CorpusService(connection, settings, { readers: defaultReaders, producer: version, workspaceFolders: () => folders });
  const context: ServerContext = {
    connection,
    documents,
    drafts: new DraftStore(documents),
    settings,
    corpus,
    corpusFiles: new CorpusFiles(() => corpus.cacheFolder, () => corpus.current),
    clientCapabilities: () => clientCapabilities,
    workspaceFolders: () => folders,
  };

  connection.onInitialize((params: InitializeParams) => {
    settings.initialize(params);
    folders = workspaceFolderPaths(params);
    clientCapabilities = params.capabilities;
    corpus.initialize(params);
    for (const feature of features) feature.register(context);
    return {
      capabilities: mergeCapabilities(features, params),
      serverInfo: { name: 'unres-language-server', version },
    };
  });

  connection.onInitialized(() => corpus.start());
  documents.listen(connection);
  connection.listen();
}

function mergeCapabilities(list: readonly Feature[], params: InitializeParams): ServerCapabilities {
  const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
  for (const feature of list) Object.assign(capabilities, feature.capabilities?.(params));
  return capabilities;
}

function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => URI.parse(uri).fsPath);
}
