// What a drafter does in the editor, as calls the end-to-end tests can make: read the Problems panel,
// hover a word, accept a completion, apply a quick fix, run a command, read the outline, switch the
// colour theme, look at how a word is rendered. Selectors are VS Code 1.100's (code-server 4.100.3).

import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface Problem {
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly message: string;
  readonly source: string;
  readonly code: string;
  /** 1-based, as the Problems panel shows them. */
  readonly line: number;
  readonly column: number;
}

/** A piece of a rendered line with one style: what the drafter sees. */
export interface RenderedToken {
  readonly text: string;
  readonly fontStyle: string;
  readonly color: string;
}

export interface OutlineEntry {
  readonly name: string;
  /** 1 for top-level entries. */
  readonly level: number;
}

export interface Position {
  /** 1-based, as in "Go to Line". */
  readonly line: number;
  readonly column: number;
}

interface WorkbenchOptions {
  readonly name: string;
  readonly resultsDir: string;
  /** The file open in the editor, on disk. */
  readonly file: string;
}

const editorLines = '.part.editor .editor-group-container.active .monaco-editor .view-lines .view-line';
const quickInput = '.quick-input-widget';
const timeout = 20_000;

export class Workbench {
  private step = 0;

  constructor(
    readonly page: Page,
    private readonly options: WorkbenchOptions,
  ) {}

  /** Loads the workbench and waits until the file is open and rendered in the active editor. */
  async open(url: string): Promise<void> {
    // tsx compiles the functions these helpers run in the page with esbuild's keepNames, which
    // calls a `__name` helper that only exists in Node: give the page a harmless one.
    await this.page.addInitScript('globalThis.__name = (target) => target;');
    await this.page.goto(url);
    const tab = this.page.locator('.tabs-container .tab.active', { hasText: basename(this.options.file) });
    await tab.waitFor({ timeout: 60_000 });
    await this.page.locator(editorLines).first().waitFor({ timeout });
  }

  /** Saves a screenshot of the whole window as test-results/e2e/<name>-<nn>-<step>.png. */
  async screenshot(step: string): Promise<string> {
    this.step += 1;
    const path = join(
      this.options.resultsDir,
      `${this.options.name}-${String(this.step).padStart(2, '0')}-${step}.png`,
    );
    await this.page.screenshot({ path });
    return path;
  }

  /** Waits until the status bar shows `mode` (the extension's languages load after the editor opens). */
  async waitForLanguageMode(mode: string): Promise<void> {
    await this.page.locator('#status\\.editor\\.mode', { hasText: exactly(mode) }).waitFor({ timeout });
  }

  /** Runs a command from the palette by its full title, as a user types it. */
  async runCommand(title: string): Promise<void> {
    await this.openQuickInput('F1');
    await this.page.keyboard.type(title);
    await this.pickQuickInputItem(title);
    // The palette closes, or gives way to the command's own quick pick (themes, output channels).
    await this.page.waitForFunction(
      () => {
        const widget = document.querySelector<HTMLElement>('.quick-input-widget');
        const input = widget?.querySelector('input');
        return !widget || widget.style.display === 'none' || !input?.value.startsWith('>');
      },
      undefined,
      { timeout },
    );
  }

  /** The items a quick pick offers after running `command` (for example the output channels). */
  async quickPickItems(command: string): Promise<string[]> {
    await this.runCommand(command);
    await this.page.locator(`${quickInput} .monaco-list-row`).first().waitFor({ timeout });
    const items = await this.page.locator(`${quickInput} .monaco-list-row .label-name`).allInnerTexts();
    await this.page.keyboard.press('Escape');
    return items.map((item) => item.trim());
  }

  /** Puts the cursor at a line and column ("Go to Line/Column"), which scrolls it into view. */
  async goTo(position: Position): Promise<void> {
    await this.page.locator('.part.editor .editor-group-container.active .monaco-editor textarea').first().focus();
    await this.openQuickInput('Control+G');
    await this.page.keyboard.type(`${position.line}:${position.column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator(quickInput).waitFor({ state: 'hidden', timeout });
  }

  /** Where `text` occurs in the file as last saved (the nth occurrence, from 1). */
  positionOf(text: string, occurrence = 1): Position {
    const content = this.savedText();
    let offset = -1;
    for (let found = 0; found < occurrence; found += 1) {
      offset = content.indexOf(text, offset + 1);
      if (offset < 0) throw new Error(`"${text}" does not occur ${occurrence} time(s) in ${this.options.file}`);
    }
    const before = content.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }

  /** Scrolls `text` into view and puts the cursor at its start. */
  async reveal(text: string, occurrence = 1): Promise<void> {
    await this.goTo(this.positionOf(text, occurrence));
  }

  /** The rows of the Problems panel for the open files, as they are shown (all of them, scrolling through). */
  async problems(): Promise<Problem[]> {
    await this.runCommand('Problems: Focus on Problems View');
    const panel = this.page.locator('.markers-panel');
    await panel.waitFor({ timeout });
    const rows = await this.scrollThrough(panel, (row) => {
      if (!row.querySelector('.marker-message')) return undefined;
      const text = (selector: string) => row.querySelector(selector)?.textContent?.trim() ?? '';
      const icon = row.querySelector('.marker-icon')?.classList;
      const place = /Ln (\d+), Col (\d+)/.exec(text('.marker-line'));
      return {
        severity: ['error', 'warning', 'info'].find((name) => icon?.contains(name)) ?? 'hint',
        message: text('.marker-message'),
        source: text('.marker-source'),
        code: text('.marker-code'),
        line: Number(place?.[1] ?? 0),
        column: Number(place?.[2] ?? 0),
      };
    });
    return rows as Problem[];
  }

  /** Waits until the Problems panel shows problems that satisfy `ready`, and returns them. */
  async waitForProblems(ready: (problems: Problem[]) => boolean): Promise<Problem[]> {
    const deadline = Date.now() + timeout;
    let problems = await this.problems();
    while (!ready(problems)) {
      if (Date.now() > deadline)
        throw new Error(`the Problems panel never showed the expected rows: ${JSON.stringify(problems)}`);
      await this.page.waitForTimeout(250);
      problems = await this.problems();
    }
    return problems;
  }

  /**
   * Moves the mouse to the middle of `text` in the editor (in the first occurrence of `context`, which
   * contains it) and returns what the hover shows once it has settled (its parts arrive one by one: a
   * link's tooltip first, then the language server's).
   */
  async hover(text: string, context = text): Promise<string> {
    await this.reveal(context);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
    await this.pointAt(text, context, hover);
    const deadline = Date.now() + timeout;
    let shown = '';
    for (;;) {
      await this.page.waitForTimeout(300);
      const now = (await hover.innerText()).trim();
      if (now === shown && !/Loading\.\.\./.test(now)) return now;
      if (Date.now() > deadline) throw new Error(`the hover never settled; it last showed: ${now}`);
      shown = now;
    }
  }

  /** The styled pieces of the first rendered line that contains `text` (after revealing it). */
  async renderedLine(text: string, occurrence = 1): Promise<RenderedToken[]> {
    await this.reveal(text, occurrence);
    await this.page.mouse.move(0, 0);
    return this.page.locator(editorLines).evaluateAll((lines, needle) => {
      const plain = (node: Node) => (node.textContent ?? '').replace(/\u00a0/g, ' ');
      const line = lines.find((element) => plain(element).includes(needle));
      if (!line) return [];
      return [...line.querySelectorAll(':scope > span > span')].map((span) => {
        const style = getComputedStyle(span);
        return { text: plain(span), fontStyle: style.fontStyle, color: style.color };
      });
    }, text);
  }

  /** Chooses a colour theme from "Preferences: Color Theme" and waits until the workbench shows it. */
  async setColorTheme(theme: string, kind: 'dark' | 'light'): Promise<void> {
    await this.runCommand('Preferences: Color Theme');
    await this.page.keyboard.type(theme);
    await this.pickQuickInputItem(theme);
    await this.page.locator(quickInput).waitFor({ state: 'hidden', timeout });
    await this.page.waitForFunction(
      (dark) => document.querySelector('.monaco-workbench')?.classList.contains('vs-dark') === dark,
      kind === 'dark',
      { timeout },
    );
  }

  /** "dark" or "light": the kind of the colour theme the workbench shows. */
  async themeKind(): Promise<'dark' | 'light' | 'high-contrast'> {
    const classes = (await this.page.locator('.monaco-workbench').first().getAttribute('class')) ?? '';
    if (/\bhc-(black|light)\b/.test(classes)) return 'high-contrast';
    return /\bvs-dark\b/.test(classes) ? 'dark' : 'light';
  }

  /** The entries of the Outline view, in order, with their depth (all of them, scrolling through). */
  async outline(): Promise<OutlineEntry[]> {
    await this.runCommand('Explorer: Focus on Outline View');
    return this.scrollThrough(this.outlinePane(), (row) => ({
      name: row.querySelector('.label-name')?.textContent?.trim() ?? '',
      level: Number(row.getAttribute('aria-level') ?? 0),
    }));
  }

  /** Opens an installed extension's page in the Extensions view; returns its README's text and images. */
  async extensionPage(displayName: string): Promise<{ text: string; images: { width: number; inline: boolean }[] }> {
    await this.runCommand('View: Show Extensions');
    await this.page.keyboard.type(`@installed ${displayName}`);
    const row = this.page.locator('.extensions-viewlet .monaco-list-row', { hasText: displayName }).first();
    await row.waitFor({ timeout });
    await row.click();
    const readme = this.webview();
    await readme.locator('img').first().waitFor({ timeout });
    return readme.evaluate(async (body) => {
      const images = [...body.querySelectorAll('img')];
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      return {
        text: body.textContent ?? '',
        images: images.map((image) => ({ width: image.naturalWidth, inline: image.src.startsWith('data:') })),
      };
    });
  }

  /**
   * Types `typed` at the cursor, asks for completions (Ctrl+Space) and accepts the first one whose
   * accessible label (the label, its description and kind, as a screen reader reads them) contains `label`.
   */
  async complete(typed: string, label: string): Promise<void> {
    const before = await this.editState();
    await this.page.keyboard.type(typed);
    await this.page.keyboard.press('Control+Space');
    const item = this.page
      .locator(`.suggest-widget.visible .monaco-list-row[aria-label*=${JSON.stringify(label)}]`)
      .first();
    await item.waitFor({ timeout });
    await item.click();
    await this.page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout });
    await this.waitForEdit(before);
  }

  /** Opens the quick fixes at the cursor (Ctrl+.) and applies the one titled `title`. */
  async quickFix(title: string): Promise<void> {
    const before = await this.editState();
    await this.page.keyboard.press('Control+.');
    const actions = this.page.locator('.action-widget .monaco-list-row.action');
    await actions.first().waitFor({ timeout });
    // The list ignores clicks for a moment after it opens: choose with the keyboard, as users do.
    const titles = (await actions.allInnerTexts()).map((text) => text.trim());
    const index = titles.findIndex((text) => text.includes(title));
    if (index < 0) throw new Error(`no quick fix "${title}" here; offered: ${JSON.stringify(titles)}`);
    const focused = Math.max(
      0,
      await actions.evaluateAll((rows) => rows.findIndex((row) => row.classList.contains('focused'))),
    );
    for (let step = focused; step < index; step += 1) await this.page.keyboard.press('ArrowDown');
    for (let step = focused; step > index; step -= 1) await this.page.keyboard.press('ArrowUp');
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout });
    await this.waitForEdit(before);
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer marked as modified. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout });
    // The tab may show the file as saved while the server still writes it (it truncates, then writes).
    let previous = this.savedText();
    for (let stable = 0; stable < 3;) {
      await this.page.waitForTimeout(100);
      const now = this.savedText();
      stable = now === previous && now !== '' ? stable + 1 : 0;
      previous = now;
    }
  }

  /** Closes the editor whose tab shows `title`, with the tab's close button. */
  async closeEditor(title: string): Promise<void> {
    const tab = this.page.locator('.tabs-container .tab', { hasText: exactly(title) });
    await tab.hover();
    await tab.locator('.codicon-close').click();
    await tab.waitFor({ state: 'detached', timeout });
  }

  /** The page shown by the visible webview (a preview, an extension's page). */
  webview(): Locator {
    return this.page.frameLocator('iframe.webview:visible').frameLocator('#active-frame').locator('body');
  }

  /** The text of the open file as saved on disk. */
  savedText(): string {
    return readFileSync(this.options.file, 'utf8');
  }

  private async openQuickInput(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.page.locator(`${quickInput} input`).waitFor({ timeout });
  }

  private async pickQuickInputItem(label: string): Promise<void> {
    const item = this.page
      .locator(`${quickInput} .monaco-list-row`)
      .filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) })
      .first();
    await item.waitFor({ timeout });
    await item.click();
  }

  /** Whether the open file has unsaved changes, and its text on disk: to see an edit land. */
  private async editState(): Promise<{ dirty: boolean; saved: string }> {
    return {
      dirty: (await this.page.locator('.tabs-container .tab.active.dirty').count()) > 0,
      saved: this.savedText(),
    };
  }

  /**
   * Waits until an edit has reached the open file: it is applied asynchronously, and an edit from a
   * code action is saved at once (`files.refactoring.autoSave`) while typing leaves the file modified.
   */
  private async waitForEdit(before: { dirty: boolean; saved: string }): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const now = await this.editState();
      if (now.saved !== before.saved || (now.dirty && !before.dirty)) return;
      if (Date.now() > deadline) throw new Error('the edit never reached the file');
      await this.page.waitForTimeout(100);
    }
  }

  /**
   * Reads every row of a list view. Lists render only the rows that fit, so this scrolls through the
   * list with the mouse wheel and keeps each row by its index. `read` runs in the page on each row
   * (undefined skips it); it is sent as source, so it may use nothing from outside itself. The
   * copies of parent rows that sticky scroll pins above the list are left out.
   */
  private async scrollThrough<T>(container: Locator, read: (row: Element) => T | undefined): Promise<T[]> {
    const rows = container.locator('.monaco-list-rows > .monaco-list-row');
    await rows.first().waitFor({ timeout });
    const box = await container.locator('.monaco-list').first().boundingBox();
    if (!box) throw new Error('the list is not on screen');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const found = new Map<number, T | undefined>();
    for (;;) {
      const before = found.size;
      const shown = await rows.evaluateAll((elements, source) => {
        const readRow = (0, eval)(source) as (row: Element) => unknown;
        return elements.map((row) => [Number(row.getAttribute('data-index')), readRow(row)] as const);
      }, read.toString());
      for (const [index, value] of shown) if (!found.has(index)) found.set(index, value as T | undefined);
      if (found.size === before) break;
      await this.page.mouse.wheel(0, box.height / 2);
      await this.page.waitForTimeout(150);
    }
    return [...found.entries()].sort(([a], [b]) => a - b).flatMap(([, value]) => (value === undefined ? [] : [value]));
  }

  private outlinePane(): Locator {
    return this.page.locator('.pane', { has: this.page.locator('.pane-header', { hasText: 'Outline' }) });
  }

  /** Moves the mouse onto `text` in `context` until `shown` appears: the editor may still be scrolling. */
  private async pointAt(text: string, context: string, shown: Locator): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      await this.page.mouse.move(0, 0);
      await this.page.waitForTimeout(200);
      const box = await this.boxOf(text, context);
      await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
      try {
        await shown.waitFor({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  /** The on-screen box of `text` within the first occurrence of `context` in the active editor's rendered lines. */
  private async boxOf(text: string, context: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const offset = context.indexOf(text);
    if (offset < 0) throw new Error(`"${text}" is not part of "${context}"`);
    const box = await this.page.locator(editorLines).evaluateAll(
      (lines, [needle, within, length]) => {
        for (const line of lines) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          const pieces: { node: Text; start: number }[] = [];
          let content = '';
          while (walker.nextNode()) {
            const node = walker.currentNode as Text;
            pieces.push({ node, start: content.length });
            content += (node.textContent ?? '').replace(/\u00a0/g, ' ');
          }
          const found = content.indexOf(needle);
          if (found < 0) continue;
          const at = found + within;
          const pieceAt = (offset: number) => [...pieces].reverse().find((piece) => piece.start <= offset);
          const first = pieceAt(at);
          const last = pieceAt(at + length - 1);
          if (!first || !last) continue;
          const range = document.createRange();
          range.setStart(first.node, at - first.start);
          range.setEnd(last.node, at + length - last.start);
          const rect = range.getBoundingClientRect();
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        }
        return undefined;
      },
      [context, offset, text.length] as const,
    );
    if (!box) throw new Error(`"${context}" is not on screen in the editor`);
    return box;
  }
}

function exactly(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*${escaped}\\s*$`);
}
