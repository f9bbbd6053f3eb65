// Drafts too large for the checks, and inputs built to make the checks slow: the answers stay those
// of the rules, in bounded work.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseResolution } from '../../server/src/service/parse';
import { checkDraft, checkOversized, runRules } from '../../server/src/service/rules';
import { MOST_DRAFT_BYTES } from '../../server/src/service/rules/draft-too-large';
import type { Rule } from '../../server/src/service/rules/rule';
import { subparagraphSequence } from '../../server/src/service/rules/subparagraph-sequence';
import { draft, EXAMPLE_DRAFT, run, seedContext } from './rulesHelpers';

const EXAMPLE = readFileSync(EXAMPLE_DRAFT, 'utf8');

/** The example draft's operative paragraphs repeated, numbered on, then cut or padded with spaces to exactly `bytes` in UTF-8. */
function paste(bytes: number): string {
  const paragraphs = EXAMPLE.split('\n\n').filter((p) => /^\d+\. \*/.test(p));
  let text = EXAMPLE.slice(0, EXAMPLE.indexOf('1. *'));
  for (let n = 1; text.length < bytes; n++) text += `${n}. ${paragraphs[n % paragraphs.length]!.replace(/^\d+\. /, '')}\n\n`;
  while (Buffer.byteLength(text) > bytes) text = text.slice(0, bytes - (Buffer.byteLength(text) - text.length) - 1);
  return text + ' '.repeat(bytes - Buffer.byteLength(text));
}

test('a document of more than 1 MB gets one information finding on its first line and no other check', () => {
  const text = paste(5 * 1024 * 1024);
  const findings = checkDraft(parseResolution(text), seedContext());
  const firstLine = text.slice(0, text.indexOf('\n'));
  assert.deepEqual(findings, [
    {
      code: 'draft-too-large',
      severity: 'information',
      message: 'This document is too large for the drafting checks (5.0 MB); they run on drafts up to 1 MB.',
      span: { start: 0, end: firstLine.length },
    },
  ]);
  assert.deepEqual(checkOversized(text), findings, 'the same without parsing it');
});

test('a draft of exactly 1 MB is checked; one byte more is not', () => {
  const limit = paste(MOST_DRAFT_BYTES);
  assert.equal(Buffer.byteLength(limit), MOST_DRAFT_BYTES);
  assert.equal(checkOversized(limit), undefined);
  assert.ok(checkDraft(parseResolution(limit), seedContext()).some((finding) => finding.code === 'operative-verb-form'));
  assert.deepEqual(checkOversized(`${limit} `)?.map((finding) => finding.code), ['draft-too-large']);
});

test('the limit counts bytes as the file has them: typographic quotes take three', () => {
  const quotes = `*Recalling* ${'“a” '.repeat(140_000)},\n`;
  assert.ok(quotes.length < MOST_DRAFT_BYTES && Buffer.byteLength(quotes) > MOST_DRAFT_BYTES);
  assert.deepEqual(checkOversized(quotes)?.map((finding) => [finding.code, finding.message]), [
    ['draft-too-large', 'This document is too large for the drafting checks (1.1 MB); they run on drafts up to 1 MB.'],
  ]);
});

test('draft-too-large takes a level from the settings, and off leaves the large document without findings', () => {
  const text = paste(MOST_DRAFT_BYTES + 1);
  assert.deepEqual(checkOversized(text, { 'draft-too-large': 'warning' })?.map((finding) => finding.severity), ['warning']);
  assert.deepEqual(checkOversized(text, { 'draft-too-large': 'off' }), []);
  assert.deepEqual(checkDraft(parseResolution(text), seedContext(), { 'draft-too-large': 'off' }), []);
});

/** Flags the text of every footnote: a stand-in rule for the silencing of findings outside paragraphs. */
const flagsFootnotes: Rule = {
  code: 'test-footnote',
  defaultSeverity: 'warning',
  description: 'test',
  check: (document) => document.footnotes.map((footnote) => ({ span: footnote.textSpan, message: 'a footnote' })),
};

test('outside paragraphs, a comment on the line before a finding or earlier on its line silences it; one after it or further up does not', () => {
  const body = draft('*Reaffirming* the United Nations Convention against Corruption,[1] and the Convention on the Rights of the Child,[2][3][4]', '1. *Requests* a report.');
  const notes = [
    '<!-- unres-ignore test-footnote -->',
    '[1] United Nations, *Treaty Series*, vol. 2349, No. 42146.',
    '[2] Ibid., vol. 1577, No. 27531. <!-- unres-ignore test-footnote -->',
    '<!-- unres-ignore *  --> [3] Ibid., vol. 2225, No. 39574.',
    '<!-- unres-ignore test-footnote -->',
    '',
    '[4] Ibid., vol. 2237, No. 39574.',
  ];
  const text = `${body}__________\n${notes.join('\n')}\n`;
  const document = parseResolution(text);
  assert.equal(document.footnotes.length, 4);
  const findings = runRules([flagsFootnotes], document, seedContext());
  assert.deepEqual(findings.map((finding) => text.slice(finding.span.start, finding.span.start + 12)), ['Ibid., vol. ', 'Ibid., vol. ']);
  const lineOf = (offset: number) => document.lines.positionAt(offset).line;
  assert.deepEqual(findings.map((finding) => lineOf(finding.span.start)), [lineOf(text.indexOf('[2] Ibid')), lineOf(text.indexOf('[4] Ibid'))]);
});

test('a pasted list of 100,000 “(a)” items is flagged at its second item, relabelled up to (zz) only', () => {
  const text = draft('1. *Decides* that:', ...Array.from({ length: 100_000 }, () => '(a) to act;'));
  const { findings } = run(subparagraphSequence, text);
  assert.deepEqual(findings.map((finding) => finding.message), ['Sub-paragraph (a) is out of sequence: it should be (b).']);
  const edits = findings[0]?.fixes?.[0]?.edits ?? [];
  assert.equal(edits.length, 51);
  assert.deepEqual([edits[0]?.newText, edits[50]?.newText], ['(b)', '(zz)']);
});
