// Every quick fix the server offers, applied as an editor applies it (the LSP edits through
// vscode-languageserver-textdocument) on real drafts: the built-in resolutions, the sample draft with
// LF and with CRLF line ends, the draft with a slip of every kind, and adopted resolutions with slips
// planted in them. Every byte outside the ranges an action names is compared with the original.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LintClient } from './lintClient';

const ROOT = resolve(__dirname, '../..');
const UNGA_TEXT = resolve(ROOT, '../shared/corpus/unga/text');
const SAMPLE_EVERY = 160;

function drafts(): { name: string; text: string }[] {
  const seeds = join(ROOT, 'corpus');
  const example = readFileSync(join(ROOT, 'examples/draft-resolution.unres'), 'utf8');
  const list = readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => ({ name, text: readFileSync(join(seeds, name), 'utf8') }));
  list.push({ name: 'example', text: example }, { name: 'example-crlf', text: example.replace(/\n/g, '\r\n') });
  list.push({ name: 'planted', text: readFileSync(join(ROOT, 'test/fixtures/planted-slips.unres'), 'utf8') });
  if (!existsSync(UNGA_TEXT)) return list;
  const names = readdirSync(UNGA_TEXT).filter((name) => name.endsWith('.txt')).sort().filter((_, index) => index % SAMPLE_EVERY === 7);
  return [...list, ...names.map((name) => ({ name, text: plant(readFileSync(join(UNGA_TEXT, name), 'utf8')) }))];
}

/** A verb in the wrong form, a lost italics, a full stop for a semicolon, a doubled space. */
function plant(text: string): string {
  return text
    .replace(/\n(\d+)\. \*([A-Z][a-z]+)s\*/, '\n$1. *$2*')
    .replace(/\n\*([A-Z][a-z]+ing)\* /, '\n$1 ')
    .replace(/;\n\n(\d+)\. \*/, '.\n\n$1. *')
    .replace(/ the /, ' the  ');
}

/** Asserts that `edited` equals `original` outside the ranges of `edits`. */
function onlyRangesChanged(original: TextDocument, edited: string, edits: readonly TextEdit[], what: string): void {
  const spans = edits.map((edit) => ({ start: original.offsetAt(edit.range.start), end: original.offsetAt(edit.range.end), length: edit.newText.length })).sort((a, b) => a.start - b.start);
  const text = original.getText();
  let cursor = 0;
  let shift = 0;
  for (const span of spans) {
    assert.ok(span.start >= cursor, `${what}: ranges do not overlap`);
    assert.equal(edited.slice(cursor + shift, span.start + shift), text.slice(cursor, span.start), `${what}: unchanged before offset ${span.start}`);
    shift += span.length - (span.end - span.start);
    cursor = span.end;
  }
  assert.equal(edited.slice(cursor + shift), text.slice(cursor), `${what}: unchanged after the last edit`);
}

let client: LintClient;
before(async () => {
  client = await LintClient.start();
});
after(() => client.stop());

test('every quick fix offered on real drafts changes the text only inside the ranges it names', async () => {
  let applied = 0;
  for (const [index, { name, text }] of drafts().entries()) {
    const uri = `file:///fixes/${index}-${name}`;
    await client.open(uri, text);
    const original = TextDocument.create(uri, 'unres', 1, text);
    for (const diagnostic of await client.diagnostics(uri, 1, 0, 30_000)) {
      const actions: CodeAction[] = await client.codeActions(uri, diagnostic.range, [diagnostic]);
      for (const action of actions) {
        const edits = action.edit?.changes?.[uri] ?? [];
        const edited = TextDocument.applyEdits(original, edits);
        onlyRangesChanged(original, edited, edits, `${name}: ${String(diagnostic.code)}: ${action.title}`);
        assert.notEqual(edited, text, `${name}: ${action.title} changes something`);
        applied++;
      }
    }
  }
  console.log(`# ${applied} code actions applied`);
  assert.ok(applied > 100);
});
