// "UN Resolution: Export as HTML" (unres.exportHtml): saves the draft as a standalone HTML page, as
// the preview shows it, with the same Content-Security-Policy (no script, nothing loaded).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RenderHtmlRequest } from '../../../server/src/protocol';
import { draftToUse } from './draftToUse';

export function registerExportHtml(client: LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand('unres.exportHtml', async (resource?: vscode.Uri) => {
    const document = await draftToUse(resource);
    if (!document) return;
    const rendered = await client
      .sendRequest(RenderHtmlRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) })
      .catch((error: unknown) => client.warn('The draft could not be rendered as HTML.', error, false));
    if (!rendered) {
      void vscode.window.showWarningMessage(
        'The language server does not have this draft open; try again in a moment.',
      );
      return;
    }
    const target = await vscode.window.showSaveDialog({
      defaultUri: htmlBeside(document),
      filters: { HTML: ['html', 'htm'] },
      saveLabel: 'Export',
      title: 'Export the draft as HTML',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(rendered.html));
    void vscode.window.showInformationMessage(`Exported ${vscode.workspace.asRelativePath(target)}.`);
  });
}

/** draft.unres -> draft.html beside it; for an untitled draft, in the first workspace folder. */
function htmlBeside(document: vscode.TextDocument): vscode.Uri | undefined {
  if (!document.isUntitled) return document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.html') });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, 'draft-resolution.html') : undefined;
}
