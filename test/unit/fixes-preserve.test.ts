// Every fix the drafting checks offer, applied on real drafts: the built-in resolutions, the sample
// draft, the draft with a slip of every kind, and a sample of adopted resolutions with slips planted
// in them. A fix changes the text only inside the edits it names (every other byte is compared), its
// edits neither overlap nor replace text with itself, and a preferred fix removes its finding without
// raising an error. (A fix may reveal a warning the slip hid: mending "Request" before "Requests"
// makes a repetition that takes "also".) The built-in resolutions are PDF extractions with italics on
// the operative verbs only; italicizing one of their preambular phrases changes how the parser reads
// their page breaks, so the no-new-error check runs on the drafts written in italics throughout.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import type { Finding, TextEdit } from '../../server/src/service/findings';
import { parseResolution } from '../../server/src/service/parse';
import { checkDraft } from '../../server/src/service/rules';
import { applyEdits } from '../../server/src/service/text/edits';
import { EXAMPLE_DRAFT, SEEDS, seedContext } from './rulesHelpers';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const PLANTED = resolve(__dirname, '../fixtures/planted-slips.unres');
const SAMPLE_EVERY = 40;

/** Slips a drafter makes, planted where the text allows: each replaces the first match only. */
const SLIPS: readonly [RegExp, string][] = [
  [/\n(\d+)\. \*Requests\*/, '\n$1. *Request*'],
  [/\n\*(Recalling|Noting|Welcoming|Recognizing)\* /, '\n$1 '],
  [/\n\*(Recalling|Reaffirming) also\*/, '\n*$1*'],
  [/;\n\n(\d+)\. \*/, '.\n\n$1. *'],
  [/\n\*Taking note\*/, '\n*Taking Note*'],
  [/\n(\d)\. \*/, '\n1$1. *'],
  [/ the /, ' the  '],
  [/“([^”\n]{3,60})”/, '"$1"'],
  [/(\n\d+\. \*[A-Z][^*]+\*[^\n]+)\.(\n\n\d+(?:st|nd|rd|th) plenary meeting)/, '$1;$2'],
  [/\n\*Also requests\*/, '\n*Requests also*'],
];

function planted(text: string): string {
  return SLIPS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

interface Draft {
  readonly name: string;
  readonly text: string;
  /** Written with italics throughout, as drafts and the corpus text files are. */
  readonly italics: boolean;
}

function drafts(): Draft[] {
  const list: Draft[] = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(SEEDS, name), 'utf8'), italics: false }));
  list.push({ name: 'example', text: readFileSync(EXAMPLE_DRAFT, 'utf8'), italics: true }, { name: 'planted', text: readFileSync(PLANTED, 'utf8'), italics: true });
  if (!existsSync(UNGA_TEXT)) return list;
  const names = readdirSync(UNGA_TEXT).filter((name) => name.endsWith('.txt')).sort().filter((_, index) => index % SAMPLE_EVERY === 0);
  return [...list, ...names.map((name) => ({ name, text: planted(readFileSync(join(UNGA_TEXT, name), 'utf8')), italics: true }))];
}

/** Asserts that `after` equals `before` everywhere but inside the edits' spans. */
function onlyEditsChanged(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let cursor = 0;
  let shift = 0;
  for (const edit of sorted) {
    assert.ok(edit.span.start >= cursor && edit.span.end >= edit.span.start && edit.span.end <= before.length, `${what}: edits in order, in range, not overlapping`);
    assert.equal(after.slice(cursor + shift, edit.span.start + shift), before.slice(cursor, edit.span.start), `${what}: text before the edit at ${edit.span.start} unchanged`);
    assert.notEqual(edit.newText, before.slice(edit.span.start, edit.span.end), `${what}: the edit at ${edit.span.start} changes something`);
    shift += edit.newText.length - (edit.span.end - edit.span.start);
    cursor = edit.span.end;
  }
  assert.equal(after.slice(cursor + shift), before.slice(cursor), `${what}: text after the last edit unchanged`);
}

test('every fix on real drafts changes only what its edits name; a preferred fix removes its finding and raises no error', () => {
  const context = seedContext();
  let fixes = 0;
  const codes = new Set<string>();
  for (const { name, text, italics } of drafts()) {
    const findings = checkDraft(parseResolution(text), context);
    for (const finding of findings) {
      for (const fix of finding.fixes ?? []) {
        const what = `${name}: ${finding.code}: ${fix.title}`;
        const after = applyEdits(text, fix.edits);
        onlyEditsChanged(text, after, fix.edits, what);
        if (fix.preferred) preferredFixHolds(after, findings, finding, italics, what);
        fixes++;
        codes.add(finding.code);
      }
    }
  }
  console.log(`# ${fixes} fixes applied, of ${codes.size} kinds`);
  assert.ok(fixes > 100);
});

function preferredFixHolds(after: string, findings: readonly Finding[], finding: Finding, italics: boolean, what: string): void {
  const left = checkDraft(parseResolution(after), seedContext());
  const count = (list: readonly Finding[], code: string, errors = false) => list.filter((other) => other.code === code && (!errors || other.severity === 'error')).length;
  assert.ok(count(left, finding.code) < count(findings, finding.code), `${what}: the finding is gone`);
  if (!italics) return;
  const raised = [...new Set(left.map((other) => other.code))].filter((code) => count(left, code, true) > count(findings, code, true));
  assert.deepEqual(raised, [], `${what}: no new error`);
}
