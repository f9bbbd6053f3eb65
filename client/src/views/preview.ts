// The preview beside the editor: one webview panel that shows the active draft as the General
// Assembly's documents look, rendered by the server (`unres/renderHtml`), updated shortly after each
// change and whenever the drafter switches to another draft.

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RenderHtmlRequest, type RenderedHtml } from '../../../server/src/protocol';
import { withLiveUpdates, type RenderMessage } from './previewPage';

const updateDelay = 300;

export class ResolutionPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private rendered: RenderedHtml | undefined;
  private timer: NodeJS.Timeout | undefined;
  private requests = 0;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === 'unres' && editor.document !== this.document)
          this.follow(editor.document);
      }),
    ];
  }

  /** Shows `document` in the preview, opening the panel beside the editor if needed. */
  show(document: vscode.TextDocument): void {
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.panel = this.createPanel();
    this.follow(document);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      'unres.preview',
      'Preview',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [] },
    );
    panel.onDidDispose(() => {
      clearTimeout(this.timer);
      this.panel = undefined;
      this.document = undefined;
    });
    // Without retainContextWhenHidden the page is rebuilt from `webview.html` when shown again.
    panel.onDidChangeViewState(() => {
      if (panel.visible && this.rendered) this.setPage(this.rendered);
    });
    return panel;
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    this.rendered = undefined;
    void this.update();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), updateDelay);
  }

  private async update(): Promise<void> {
    const document = this.document;
    if (!this.panel || !document) return;
    const request = ++this.requests;
    const rendered = await this.render(document);
    // A later keystroke or another draft has asked for a newer page meanwhile.
    if (request !== this.requests || !this.panel || !rendered) return;
    this.panel.title = `Preview ${path.basename(document.uri.path)}`;
    const first = this.rendered === undefined;
    this.rendered = rendered;
    if (first) this.setPage(rendered);
    else void this.panel.webview.postMessage({ type: 'render', html: rendered.html } satisfies RenderMessage);
  }

  private async render(document: vscode.TextDocument): Promise<RenderedHtml | undefined> {
    try {
      const uri = this.client.code2ProtocolConverter.asUri(document.uri);
      return (await this.client.sendRequest(RenderHtmlRequest, { uri })) ?? undefined;
    } catch (error) {
      this.client.warn('The preview could not be rendered.', error, false);
      return undefined;
    }
  }

  private setPage(rendered: RenderedHtml): void {
    if (this.panel) this.panel.webview.html = withLiveUpdates(rendered.html, randomBytes(16).toString('base64'));
  }
}
