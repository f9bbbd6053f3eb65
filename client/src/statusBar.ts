// The status bar of a draft: its counts ("14 pp · 20 op · 4 fn", from `unres/draftStatus`) and the
// state of the corpus ("Corpus: 1,637 resolutions", "Indexing corpus 45%", from the
// `unres/corpusStatus` notification). Both show while a draft is the active editor. Clicking the
// counts opens the outline; clicking the corpus item lists what the corpus holds and which files it
// could not read.

import { commands, StatusBarAlignment, window, workspace, type Disposable, type ExtensionContext, type QuickPickItem, type StatusBarItem, type TextDocument } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusStatusNotification, CorpusStatusRequest, DraftStatusRequest, type CorpusStatus, type DraftStatus } from '../../server/src/protocol';

export const SHOW_CORPUS_STATUS = 'unres.showCorpusStatus';
const COUNT_DELAY_MS = 250;

export function createStatusBar(context: ExtensionContext, client: LanguageClient): void {
  const bar = new DraftStatusBar(client);
  context.subscriptions.push(bar, commands.registerCommand(SHOW_CORPUS_STATUS, () => bar.showCorpusDetails()));
  client.onNotification(CorpusStatusNotification, (status) => bar.showCorpus(status));
  void client.sendRequest(CorpusStatusRequest).then((status) => bar.showCorpus(status), () => undefined);
  bar.follow();
}

class DraftStatusBar implements Disposable {
  private readonly counts: StatusBarItem;
  private readonly corpus: StatusBarItem;
  private corpusStatus: CorpusStatus | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: Disposable[] = [];

  constructor(private readonly client: LanguageClient) {
    this.counts = window.createStatusBarItem('unres.draftCounts', StatusBarAlignment.Right, 101);
    this.counts.name = 'UN Resolution: paragraphs and footnotes';
    this.counts.command = 'outline.focus';
    this.corpus = window.createStatusBarItem('unres.corpus', StatusBarAlignment.Right, 100);
    this.corpus.name = 'UN Resolution: corpus';
    this.corpus.command = SHOW_CORPUS_STATUS;
  }

  /** Keeps the items in step with the active editor and its edits. */
  follow(): void {
    this.listeners.push(
      window.onDidChangeActiveTextEditor(() => this.refresh()),
      workspace.onDidChangeTextDocument((event) => {
        if (event.document === window.activeTextEditor?.document) this.scheduleCount(event.document);
      }),
    );
    this.refresh();
  }

  showCorpus(status: CorpusStatus): void {
    this.corpusStatus = status;
    this.corpus.text = corpusText(status);
    this.corpus.tooltip = corpusTooltip(status);
    this.refresh();
  }

  async showCorpusDetails(): Promise<void> {
    const status = this.corpusStatus;
    if (!status) return;
    const items: QuickPickItem[] = [
      { label: corpusText(status), detail: corpusTooltip(status) },
      ...status.errors.map((error) => ({ label: `$(warning) ${error.path}`, detail: error.message })),
    ];
    await window.showQuickPick(items, { title: 'Resolution corpus', placeHolder: `${status.errors.length} file(s) not indexed` });
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const listener of this.listeners) listener.dispose();
    this.counts.dispose();
    this.corpus.dispose();
  }

  private refresh(): void {
    const document = window.activeTextEditor?.document;
    if (document?.languageId !== 'unres') {
      this.counts.hide();
      this.corpus.hide();
      return;
    }
    if (this.corpusStatus) this.corpus.show();
    this.scheduleCount(document);
  }

  private scheduleCount(document: TextDocument): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.count(document), COUNT_DELAY_MS);
  }

  private async count(document: TextDocument): Promise<void> {
    const status = await this.client.sendRequest(DraftStatusRequest, { uri: document.uri.toString() }).catch(() => null);
    if (document !== window.activeTextEditor?.document) return;
    if (!status) {
      this.counts.hide();
      return;
    }
    this.counts.text = countsText(status);
    this.counts.tooltip = `${plural(status.preambular, 'preambular paragraph')}, ${plural(status.operative, 'operative paragraph')}, ${plural(status.footnotes, 'footnote')}. Click for the outline.`;
    this.counts.show();
  }
}

/** "14 pp · 20 op · 4 fn", as drafters count a text in negotiations. */
export function countsText(status: DraftStatus): string {
  return `${status.preambular} pp · ${status.operative} op · ${status.footnotes} fn`;
}

export function corpusText(status: CorpusStatus): string {
  if (status.state === 'indexing') return `$(sync~spin) Indexing corpus${status.progress === undefined ? '' : ` ${status.progress}%`}`;
  if (status.state === 'failed') return '$(error) Corpus not indexed';
  const warning = status.errors.length > 0 ? ' $(warning)' : '';
  return `$(library) Corpus: ${status.resolutions.toLocaleString('en-US')} resolutions${warning}`;
}

function corpusTooltip(status: CorpusStatus): string {
  const size = `${plural(status.resolutions, 'resolution')}, ${plural(status.paragraphs, 'paragraph')}, ${plural(status.wordings, 'distinct wording')}`;
  const source = { builtin: 'the built-in seeds', cache: 'the cache', update: 'the cache, changed files read again', index: 'every file read' }[status.source];
  const problems = status.errors.length > 0 ? ` ${plural(status.errors.length, 'file')} could not be indexed.` : '';
  return `${size} (from ${source}).${problems}${status.message ? ` ${status.message}` : ''}`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
