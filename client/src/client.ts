// Starts the bundled language server (dist/server.js) over Node IPC and connects it to `unres` files.

import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export function createLanguageClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Files and untitled drafts; read-only views of drafts (a comparison's sides) are not diagnosed.
    documentSelector: [
      { language: 'unres', scheme: 'file' },
      { language: 'unres', scheme: 'untitled' },
    ],
    synchronize: { configurationSection: 'unres' },
    initializationOptions: { storagePath: context.globalStorageUri.fsPath },
  };
  return new LanguageClient('unres', 'UN Resolution Drafting', serverOptions, clientOptions);
}
