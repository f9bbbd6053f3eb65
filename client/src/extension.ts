// The extension's entry points. Everything else lives in client.ts and commands/.

import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { registerExportHtml } from './commands/exportHtml';
import { registerShowPreview } from './commands/showPreview';
import { createStatusBar } from './statusBar';
import { ResolutionPreview } from './views/preview';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  await client.start();
  const preview = new ResolutionPreview(client);
  context.subscriptions.push(preview, registerShowPreview(preview), registerExportHtml(client));
  createStatusBar(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
