// The citation, reference, footnote, session, name and formal-slip rules on text no drafter meant to
// write: every prefix of a real draft (what an editor holds while it is typed), binary data, a line of
// 100,000 characters, runs of quotation marks. No rule may throw, and every finding and fix must stay
// inside the text, with the edits of a fix apart from each other.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import type { Rule } from '../../server/src/service/rules/rule';
import { applyEdits } from '../../server/src/service/text/edits';
import { r2Rules } from '../eval/r2Rules';
import { EXAMPLE_DRAFT, seedContext } from './rulesHelpers';

function assertSound(rule: Rule, text: string, document: ResolutionDocument = parseResolution(text)): number {
  const findings = rule.check(document, seedContext());
  for (const finding of findings) {
    assert.ok(0 <= finding.span.start && finding.span.start <= finding.span.end && finding.span.end <= text.length, `${rule.code}: span inside the text`);
    assert.ok(finding.message.length > 0, `${rule.code}: a message`);
    for (const fix of finding.fixes ?? []) {
      for (const edit of fix.edits) assert.ok(0 <= edit.span.start && edit.span.end <= text.length, `${rule.code}: edit inside the text`);
      assert.doesNotThrow(() => applyEdits(text, fix.edits), `${rule.code}: “${fix.title}” has no overlapping edits`);
    }
  }
  return findings.length;
}

test('every prefix of the sample draft, cut every 97 characters, is checked without a throw', () => {
  const draft = readFileSync(EXAMPLE_DRAFT, 'utf8');
  for (let end = 0; end <= draft.length; end += 97) {
    const text = draft.slice(0, end);
    const document = parseResolution(text);
    for (const rule of r2Rules) assertSound(rule, text, document);
  }
});

test('half-typed citations, references, footnotes and sessions are checked without a throw', () => {
  const pieces = [
    '*Recalling* its resolution 66/',
    '*Recalling* its resolution 66/181 of 19 December',
    '*Recalling* its resolution 64/179 of 18 December 2009, entitled “Strengthening the',
    '1. *Requests* the Secretary-General to include in the report referred to in paragraph',
    '1. *Requests* the Secretary-General to include in the report referred to in paragraphs 3 to',
    '1. *Requests* the Secretary-General to report to the General Assembly at its seventy-',
    '1. *Takes note* of the report;[',
    '1. *Takes note* of the report;[1]\n\n__________\n[',
    '1. *Takes note* of the report;[1]\n\n__________\n[1] Ibid',
    '1.',
    '(a)',
  ];
  for (const piece of pieces) {
    const text = `United Nations\nA/C.3/67/L.10\nSixty-seventh session\n\n*The General Assembly*,\n\n${piece}`;
    const document = parseResolution(text);
    for (const rule of r2Rules) assertSound(rule, text, document);
  }
});

test('binary data, a line of 100,000 characters and runs of quotation marks are checked without a throw', () => {
  const binary = Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const long = `*The General Assembly*,\n\n1. *Requests* ${'the organisation of the  "program" 2015-2030 and paragraph 3 above, '.repeat(1500)};\n`;
  const quotes = `*The General Assembly*,\n\n1. *Requests* ${'“'.repeat(30000)}${'"'.repeat(30000)}*;\n`;
  const [binaryDocument, quotesDocument, longDocument] = [binary, quotes, long].map((text) => parseResolution(text));
  for (const rule of r2Rules) {
    assertSound(rule, binary, binaryDocument);
    assertSound(rule, quotes, quotesDocument);
  }
  const found = r2Rules.map((rule) => [rule.code, assertSound(rule, long, longDocument)]);
  assert.deepEqual(
    found.filter(([, count]) => count !== 0),
    // Paragraph 3 does not exist; "program" is inside quotation marks, which keep their own spelling.
    [
      ['cross-ref-paragraph-missing', 1500],
      ['double-space', 1500],
      ['straight-quotes', 3000],
      ['un-spelling', 1500],
      ['year-range-dash', 1500],
    ],
  );
});
