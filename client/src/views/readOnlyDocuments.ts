// Read-only documents that exist only in the editor: the precedent report and the two sides of the
// comparison with the previous resolution. Their content is set by the command that opens them; the
// editor asks this provider for it (and again when it changes).

import * as vscode from 'vscode';

export const READ_ONLY_SCHEME = 'unres-view';

export class ReadOnlyDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changes.event;
  private readonly registration = vscode.workspace.registerTextDocumentContentProvider(READ_ONLY_SCHEME, this);

  /** A document at `unres-view:/<name>` holding `content` (its name shows in the tab). */
  set(name: string, content: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: READ_ONLY_SCHEME, path: `/${name}` });
    this.contents.set(uri.toString(), content);
    this.changes.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.registration.dispose();
    this.changes.dispose();
  }
}
