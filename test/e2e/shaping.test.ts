// Italics, formatting and the reshaping commands in a real editor (code-server in headless Chromium,
// the packaged extension), on a copy of the sample draft: the semantic tokens that make the openings
// italic in every theme, Enter starting the next paragraph number, Format Document, moving a
// paragraph with its keybinding, renumbering and inserting a footnote from the palette. One editor
// serves the tests in order; each test leaves the draft as it found it, saved.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after as afterAll, before, test } from 'node:test';
import { projectRoot } from '../../scripts/code-server';
import { launchEditor, type EditorSession } from './harness';
import type { Workbench } from './workbench';

let session: EditorSession;
let workbench: Workbench;

const original = readFileSync(join(projectRoot, 'examples', 'draft-resolution.unres'), 'utf8');
const inspectWidget = '.token-inspect-widget';

before(async () => {
  session = await launchEditor({ name: 'shaping' });
  workbench = session.workbench;
  await workbench.waitForLanguageMode('UN Resolution');
  await session.waitForLanguageServer();
});

afterAll(async () => {
  await session?.close();
});

/** Puts the sample draft back as it was, on disk and in the editor. */
async function restore(): Promise<void> {
  writeFileSync(join(session.folder, 'draft-resolution.unres'), original);
  await workbench.runCommand('File: Revert File');
  await savedWhen((text) => text === original);
}

/** Puts the cursor right after `text` (its first occurrence). */
async function after(text: string): Promise<void> {
  const start = workbench.positionOf(text);
  await workbench.goTo({ line: start.line, column: start.column + text.length });
}

/** Saves and waits until the file on disk passes `test`: edits reach the editor asynchronously. */
async function savedWhen(test: (text: string) => boolean): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    await workbench.page.keyboard.press('Control+S');
    await workbench.page.waitForTimeout(300);
    const text = workbench.savedText();
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the draft never reached the expected text; it is:\n${text.slice(0, 3000)}`);
  }
}

/** The semantic token VS Code's "Inspect Editor Tokens and Scopes" shows at `text`. */
async function inspect(text: string): Promise<string> {
  await workbench.reveal(text);
  await workbench.page.keyboard.press('ArrowRight');
  await workbench.runCommand('Developer: Inspect Editor Tokens and Scopes');
  const widget = workbench.page.locator(inspectWidget);
  await widget.waitFor({ timeout: 20_000 });
  await workbench.page.waitForFunction((selector) => /semantic token type/.test(document.querySelector(selector)?.textContent ?? ''), inspectWidget, { timeout: 20_000 });
  const shown = await widget.innerText();
  await workbench.page.keyboard.press('Escape');
  return shown;
}

async function assertSemanticItalics(theme: string): Promise<void> {
  const verb = await inspect('Also requests* the Secretary-General to include');
  assert.match(verb, /semantic token type\s+operativeVerb/, verb);
  assert.match(verb, /modifiers\s+italic/, verb);
  assert.match(verb, /font style\s+italic/, verb);
  assert.match(verb, /operativeVerb:unres/, verb);
  const phrase = await inspect('Noting with appreciation* the efforts');
  assert.match(phrase, /semantic token type\s+preambularPhrase/, phrase);
  assert.match(phrase, /font style\s+italic/, phrase);
  await workbench.screenshot(`semantic-italics-${theme}`);
}

test('the server marks the operative verb and the opening phrase as italic semantic tokens, in a dark theme', async () => {
  assert.equal(await workbench.themeKind(), 'dark');
  await assertSemanticItalics('dark');
});

test('and in a light theme', async () => {
  await workbench.setColorTheme('Light Modern', 'light');
  await assertSemanticItalics('light');
  await workbench.setColorTheme('Dark Modern', 'dark');
});

test('Enter at the end of an operative paragraph starts the next number; Format Document italicizes the verb typed', async () => {
  const page = workbench.page;
  await restore();
  await after('in accordance with the increasing demand for its services;');
  await page.keyboard.press('Enter');
  await savedWhen((text) => text.includes('demand for its services;\n\n19. \n\n19. *Requests*'));
  await page.keyboard.type('Invites Member States to contribute to the Programme;');
  const typed = await savedWhen((text) => text.includes('contribute to the Programme;'));
  assert.match(typed, /demand for its services;\n\n19\. Invites Member States to contribute to the Programme;\n\n19\. \*Requests\*/);
  await workbench.runCommand('Format Document');
  const formatted = await savedWhen((text) => text.includes('19. *Invites*'));
  assert.match(formatted, /\n\n19\. \*Invites\* Member States to contribute to the Programme;\n\n19\. \*Requests\*/);
  await workbench.screenshot('enter-and-format');
  await workbench.runCommand('UN Resolution: Renumber Operative Paragraphs');
  const renumbered = await savedWhen((text) => text.includes('\n21. *Also requests*'));
  assert.match(renumbered, /\n\n19\. \*Invites\*[^\n]*\n\n20\. \*Requests\*[^\n]*\n\n21\. \*Also requests\*/);
  await workbench.reveal('19. *Invites*');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Delete');
  await workbench.runCommand('UN Resolution: Renumber Operative Paragraphs');
  assert.equal(await savedWhen((text) => !text.includes('Invites') && text.includes('\n20. *Also requests*')), original);
});

test('Alt+Shift+PageDown moves a paragraph down with its number, and Alt+Shift+PageUp moves it back', async () => {
  const page = workbench.page;
  await restore();
  await workbench.reveal('*Recommends* that Member States');
  await page.keyboard.press('Alt+Shift+PageDown');
  const moved = await savedWhen((text) => text.includes('5. *Encourages* all States'));
  assert.match(moved, /\n\n5\. \*Encourages\* all States[^\n]*\n\n6\. \*Recommends\* that Member States/);
  await workbench.screenshot('moved-down');
  await page.keyboard.press('Alt+Shift+PageUp');
  assert.equal(await savedWhen((text) => text.includes('5. *Recommends*')), original);
});

test('"Insert Footnote" puts a marker at the cursor and the note in order, renumbering the others', async () => {
  const page = workbench.page;
  await restore();
  await after('Global Counter-Terrorism Strategy');
  await workbench.runCommand('UN Resolution: Insert Footnote');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 20_000 });
  await page.keyboard.type('Resolution 60/288, annex.');
  await page.keyboard.press('Enter');
  const inserted = await savedWhen((text) => text.includes('Resolution 60/288, annex.'));
  assert.match(inserted, /United Nations Global Counter-Terrorism Strategy\[2\] adopted on 8 September 2006\[3\]/);
  assert.match(inserted, /\n__________\n\[1\] United Nations, \*Treaty Series\*, vol\. 2349, No\. 42146\.\n\[2\] Resolution 60\/288, annex\.\n\[3\] Resolution 60\/288\.\n\[4\] United Nations, \*Treaty Series\*, vol\. 1577/);
  assert.match(inserted, /of the Secretary-General prepared pursuant to resolution 66\/181;\[6\]/);
  await workbench.screenshot('footnote-inserted');
});
