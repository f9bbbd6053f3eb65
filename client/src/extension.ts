// The extension's entry points. Everything else lives in client.ts and commands/.

import type { ExtensionContext } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './client';
import { registerCompareWithPreviousResolution } from './commands/compareWithPreviousResolution';
import { registerExportHtml } from './commands/exportHtml';
import { registerInsertFootnote } from './commands/insertFootnote';
import { registerMoveParagraphDown } from './commands/moveParagraphDown';
import { registerMoveParagraphUp } from './commands/moveParagraphUp';
import { registerRenumberFootnotes } from './commands/renumberFootnotes';
import { registerRenumberParagraphs } from './commands/renumberParagraphs';
import { registerSearchAgreedLanguage } from './commands/searchAgreedLanguage';
import { registerShowPrecedentReport } from './commands/showPrecedentReport';
import { registerShowPreview } from './commands/showPreview';
import { registerStartNextYearsDraft } from './commands/startNextYearsDraft';
import { createStatusBar } from './statusBar';
import { NewWordingMarks } from './views/newWording';
import { ResolutionPreview } from './views/preview';
import { ReadOnlyDocuments } from './views/readOnlyDocuments';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  await client.start();
  const preview = new ResolutionPreview(client);
  context.subscriptions.push(preview, registerShowPreview(preview), registerExportHtml(client));
  const views = new ReadOnlyDocuments();
  context.subscriptions.push(
    views,
    new NewWordingMarks(client),
    registerShowPrecedentReport(client, views),
    registerCompareWithPreviousResolution(client, views),
    registerStartNextYearsDraft(client),
    registerSearchAgreedLanguage(client),
  );
  context.subscriptions.push(
    registerRenumberParagraphs(client),
    registerMoveParagraphUp(client),
    registerMoveParagraphDown(client),
    registerInsertFootnote(client),
    registerRenumberFootnotes(client),
  );
  createStatusBar(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
