// The draft a command works on: the file it was invoked on (editor title, explorer), else the draft
// in the active editor.

import * as vscode from 'vscode';

export async function draftToUse(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document =
    resource instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(resource)
      : vscode.window.activeTextEditor?.document;
  if (document?.languageId === 'unres') return document;
  void vscode.window.showInformationMessage('Open a draft resolution (a .unres file) first.');
  return undefined;
}
