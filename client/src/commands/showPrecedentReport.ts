// "UN Resolution: Show Precedent Report" (unres.showPrecedentReport): each paragraph of the draft as
// agreed language, adapted (with the word diff) or new, in a Markdown preview beside the draft.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PrecedentReportRequest } from '../../../server/src/protocol';
import type { ReadOnlyDocuments } from '../views/readOnlyDocuments';
import { draftToUse } from './draftToUse';

export function registerShowPrecedentReport(client: LanguageClient, documents: ReadOnlyDocuments): vscode.Disposable {
  return vscode.commands.registerCommand('unres.showPrecedentReport', async (resource?: vscode.Uri) => {
    const draft = await draftToUse(resource);
    if (!draft) return;
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Finding the precedent of each paragraph…' },
      () => client.sendRequest(PrecedentReportRequest, { uri: client.code2ProtocolConverter.asUri(draft.uri) }),
    );
    if (!report) {
      void vscode.window.showWarningMessage('The language server does not have this draft open; try again in a moment.');
      return;
    }
    const uri = documents.set(`${report.title}.md`, report.markdown);
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, async () => {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
    });
  });
}
