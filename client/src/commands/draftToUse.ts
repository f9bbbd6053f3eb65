// The draft a command works on: the file it was invoked on (editor title, explorer), else the draft
// in the active editor, else one beside it (a preview or a report may have the focus). Read-only
// views of drafts (a comparison's sides) are not drafts.

import * as vscode from 'vscode';

export async function draftToUse(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document =
    resource instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(resource)
      : [vscode.window.activeTextEditor, ...vscode.window.visibleTextEditors].map((editor) => editor?.document).find(isDraft);
  if (document && isDraft(document)) return document;
  void vscode.window.showInformationMessage('Open a draft resolution (a .unres file) first.');
  return undefined;
}

/** A resolution draft the language server has open: a file or an untitled document. */
export function isDraft(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === 'unres' && (document.uri.scheme === 'file' || document.uri.scheme === 'untitled');
}
