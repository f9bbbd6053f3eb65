// Completion of agreed language in the core, against the built-in corpus (the five seed resolutions of
// the crime prevention series): what is typed where, and what each completion replaces and inserts.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { agreedCompletions, type AgreedCompletion } from '../../../server/src/service/agreed/completions';
import { openingChoices } from '../../../server/src/service/agreed/openings';
import { continuation } from '../../../server/src/service/agreed/paragraphs';
import { draftWording, withFinalMark } from '../../../server/src/service/agreed/wording';
import type { Corpus } from '../../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../../server/src/service/corpus/load';
import { defaultReaders } from '../../../server/src/service/corpus/readers';
import { parseResolution } from '../../../server/src/service/parse';

const DRAFT = `Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity

*The General Assembly*,

*Recalling* its resolution 64/179 of 18 December 2009,

*Having considered* the report of the Secretary-General,

PREAMBLE

1. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-seventh session;

OPERATIVE
`;

let corpus: Corpus;
const cache = mkdtempSync(join(tmpdir(), 'unres-agreed-unit-'));
before(async () => {
  ({ corpus } = await loadCorpus({ builtinDir: resolve(__dirname, '../../../corpus'), paths: [], cacheDir: cache, readers: defaultReaders, producer: 'test' }));
});
after(() => rmSync(cache, { recursive: true, force: true }));

/** The completions with the cursor where `typed` replaces the placeholder line `line`. */
function completionsAt(line: 'PREAMBLE' | 'OPERATIVE', typed: string): { items: readonly AgreedCompletion[]; text: string; incomplete: boolean } {
  const text = DRAFT.replace(line, typed);
  const offset = DRAFT.indexOf(line) + typed.length;
  return { ...agreedCompletions(parseResolution(text), offset, corpus), text };
}

describe('openings at the start of a paragraph', () => {
  it('offers the perfect participle with "also" inside after "Having considered"', () => {
    const { items } = completionsAt('PREAMBLE', 'Hav');
    assert.deepEqual(items.slice(0, 2).map((item) => [item.label, item.newText]), [
      ['Having also considered', '*Having also considered* '],
      ['Having considered', '*Having considered* '],
    ]);
  });

  it('numbers an operative paragraph typed without a number and replaces only what was typed', () => {
    const { items, text } = completionsAt('OPERATIVE', 'Enc');
    const first = items[0]!;
    assert.deepEqual([first.label, first.newText, text.slice(first.span.start, first.span.end)], ['Encourages', '2. *Encourages* ', 'Enc']);
  });

  it('puts the adverb after the whole phrase in the preamble and first in the operative part', () => {
    const noting = { text: 'Noting with concern', span: { start: 0, end: 19 }, italic: true, markedSpan: { start: 0, end: 19 }, head: 'noting' };
    assert.equal(openingChoices('', 'preambular', corpus, noting)[0]?.opening, 'Noting with concern also');
    const takes = { text: 'Takes note with appreciation', span: { start: 0, end: 28 }, italic: true, markedSpan: { start: 0, end: 28 }, head: 'takes' };
    assert.equal(openingChoices('', 'operative', corpus, takes)[0]?.opening, 'Also takes note with appreciation');
    const further = { ...takes, text: 'Further takes note', sequenceAdverb: 'further' as const };
    assert.ok(!openingChoices('', 'operative', corpus, further).some((choice) => /also|further/i.test(choice.opening)), 'after "Further" the cycle starts again bare');
  });
});

describe('citations and names', () => {
  it('completes a General Assembly resolution after "resolution", never one of another body', () => {
    const { items } = completionsAt('OPERATIVE', '2. *Recalls* its resolution 62/');
    assert.deepEqual(items.map((item) => [item.label, item.newText, item.description]), [['62/175', '62/175 of 18 December 2007', '18 December 2007']]);
    assert.deepEqual(completionsAt('OPERATIVE', '2. *Recalls* Human Rights Council resolution 62/').items, []);
    assert.deepEqual(completionsAt('OPERATIVE', '2. *Recalls* the ratio 62/').items.filter((item) => item.kind === 'citation'), []);
  });

  it('completes the full symbol after "A/RES/", without a date', () => {
    const { items } = completionsAt('OPERATIVE', '2. *Recalls* A/RES/64/');
    assert.deepEqual(items.map((item) => item.newText), ['A/RES/64/179']);
  });

  it('completes the canonical name begun by the typed words', () => {
    const { items, text } = completionsAt('OPERATIVE', '2. *Urges* States to implement the United Nations Convention against Cor');
    const name = items.find((item) => item.kind === 'name');
    assert.deepEqual([name?.newText, name && text.slice(name.span.start, name.span.end)], ['United Nations Convention against Corruption', 'United Nations Convention against Cor']);
  });
});

describe('whole paragraphs', () => {
  it('offers nothing when text follows the cursor in the paragraph', () => {
    const text = DRAFT.replace('OPERATIVE', '2. *Requests* the Secretary-General to submit a report');
    const offset = text.indexOf('to submit');
    assert.deepEqual(agreedCompletions(parseResolution(text), offset, corpus).items.filter((item) => item.kind === 'paragraph'), []);
  });

  it('filters on the typed text followed by the rest of the wording, a word typed in part included', () => {
    assert.equal(continuation('Requests the Secret', '*Requests* the Secretary-General to submit'), 'ary-General to submit');
    assert.equal(continuation('Requests the ', '*Requests* the Secretary-General'), ' Secretary-General');
  });
});

describe('wording as the draft writes it', () => {
  it('italicizes the opening, indents sub-paragraphs and ends as its place requires', () => {
    const text = 'Requests the Office:\n(a) To continue to provide assistance;\n(b) To strengthen data collection;';
    assert.equal(
      draftWording(text, { kind: 'operative', opening: 'Requests', italics: true, last: true }),
      '*Requests* the Office:\n    (a) To continue to provide assistance;\n    (b) To strengthen data collection.',
    );
    assert.equal(draftWording('Recalling its resolution 64/179,', { kind: 'preambular', opening: 'Recalling', italics: false }), 'Recalling its resolution 64/179,');
  });

  it('keeps footnote markers after the final mark', () => {
    assert.equal(withFinalMark('the Protocols thereto,[7]', ';'), 'the Protocols thereto;[7]');
    assert.equal(withFinalMark('the Protocols thereto', '.'), 'the Protocols thereto.');
  });
});

describe('bad input', () => {
  it('answers on a line of 100,000 characters and on binary junk, offering no wording that does not continue it', () => {
    const long = `${DRAFT.replace('OPERATIVE', `2. *Requests* the Secretary-General to ${'continue to provide assistance, '.repeat(3200)}`)}`;
    const offset = long.indexOf('assistance, \n') + 'assistance, '.length;
    assert.deepEqual(agreedCompletions(parseResolution(long), offset, corpus).items.filter((item) => item.kind === 'paragraph'), []);
    const junk = Array.from({ length: 50_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    assert.deepEqual(agreedCompletions(parseResolution(junk), junk.length, corpus).items, []);
  });
});

