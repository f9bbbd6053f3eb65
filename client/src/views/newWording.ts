// The "new wording" marks: in a draft, the words an adapted paragraph adds to its precedent get a
// dotted underline, and a paragraph with no precedent close enough ends with a faint "new wording"
// (when the server marks it: not against the built-in seeds alone).
// Agreed language stays unmarked. Asked of the server (`unres/newWording`) a moment after each
// change; an answer about an older version of the draft is dropped. The setting
// `unres.agreedLanguage.markNewWording` switches the marks off.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NewWordingRequest } from '../../../server/src/protocol';

const DELAY_MS = 500;
const INDEXING_RETRY_MS = 3000;
const SETTING = 'unres.agreedLanguage.markNewWording';

export class NewWordingMarks implements vscode.Disposable {
  private readonly addedWords = vscode.window.createTextEditorDecorationType({
    borderStyle: 'dotted',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorInfo.foreground'),
  });
  private readonly newParagraph = vscode.window.createTextEditorDecorationType({
    after: { contentText: ' new wording', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
  });
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      vscode.window.onDidChangeVisibleTextEditors(() => this.scheduleVisible()),
      vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTING)) this.scheduleVisible();
      }),
    ];
    this.scheduleVisible();
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.addedWords.dispose();
    this.newParagraph.dispose();
  }

  private scheduleVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document);
  }

  private schedule(document: vscode.TextDocument, delay = DELAY_MS): void {
    if (document.languageId !== 'unres') return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.mark(document), delay));
  }

  private async mark(document: vscode.TextDocument): Promise<void> {
    const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document === document);
    if (editors.length === 0) return;
    if (!vscode.workspace.getConfiguration('unres', document).get<boolean>('agreedLanguage.markNewWording', true)) {
      for (const editor of editors) this.clear(editor);
      return;
    }
    const version = document.version;
    const answer = await this.client
      .sendRequest(NewWordingRequest, { uri: this.client.code2ProtocolConverter.asUri(document.uri) })
      .catch(() => null);
    if (!answer || answer.version !== version || document.version !== version) return;
    // Marks against the seeds while the configured corpus is indexed: ask again once more of it is in.
    if (answer.indexing) this.schedule(document, INDEXING_RETRY_MS);
    const convert = this.client.protocol2CodeConverter;
    const added = answer.paragraphs.filter((paragraph) => paragraph.status === 'adapted').flatMap((paragraph) => paragraph.added.map((range) => convert.asRange(range)));
    const ends = answer.paragraphs
      .filter((paragraph) => paragraph.status === 'new' && paragraph.added.length > 0)
      .map((paragraph) => {
        const end = convert.asRange(paragraph.range).end;
        return new vscode.Range(end, end);
      });
    for (const editor of editors) {
      editor.setDecorations(this.addedWords, added);
      editor.setDecorations(this.newParagraph, ends);
    }
  }

  private clear(editor: vscode.TextEditor): void {
    editor.setDecorations(this.addedWords, []);
    editor.setDecorations(this.newParagraph, []);
  }
}
