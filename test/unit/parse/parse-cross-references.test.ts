import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CrossReference } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { slice } from './helpers';

const text = [
  '*The General Assembly*,',
  '',
  '1. *Requests* the Secretary-General to report;',
  '',
  '2. *Decides* that:',
  '',
  '    (a) The review shall take place in 2025;',
  '',
  '    (b) The review referred to in subparagraph (a) shall be open to all;',
  '',
  '3. *Also requests* the Secretary-General to include in the report referred to in paragraph 1 above information on paragraph 2 (b), and on paragraphs 1 and 2 of the present resolution;',
  '',
  '4. *Further requests* the Secretary-General to include, in the report referred to in the previous paragraph, the measures set out in paragraphs 1 to 3 above, in paragraph 5 of resolution 70/1 and in annex II to the present resolution.',
].join('\n');
const model = parseResolution(text);

const brief = (reference: CrossReference) => ({
  kind: reference.kind,
  written: slice(text, reference.span),
  targets: reference.targets,
  internal: reference.internal,
  numbers: reference.numberSpans.map((span) => slice(text, span)),
  ...(reference.subparagraph ? { subparagraph: reference.subparagraph } : {}),
  ...(reference.direction ? { direction: reference.direction } : {}),
  ...(reference.annex ? { annex: reference.annex } : {}),
});

describe('cross-references', () => {
  it('reads every form with its targets and the spans of its numbers', () => {
    assert.deepEqual(model.crossReferences.map(brief), [
      { kind: 'subparagraph', written: 'subparagraph (a)', targets: [], internal: true, numbers: [], subparagraph: 'a' },
      { kind: 'paragraph', written: 'paragraph 1 above', targets: [1], internal: true, numbers: ['1'], direction: 'above' },
      { kind: 'paragraph', written: 'paragraph 2 (b)', targets: [2], internal: true, numbers: ['2'], subparagraph: 'b' },
      { kind: 'paragraph', written: 'paragraphs 1 and 2 of the present resolution', targets: [1, 2], internal: true, numbers: ['1', '2'], direction: 'present-resolution' },
      { kind: 'previous-paragraph', written: 'the previous paragraph', targets: [3], internal: true, numbers: [] },
      { kind: 'paragraph', written: 'paragraphs 1 to 3 above', targets: [1, 2, 3], internal: true, numbers: ['1', '3'], direction: 'above' },
      { kind: 'paragraph', written: 'paragraph 5', targets: [5], internal: false, numbers: ['5'] },
      { kind: 'annex', written: 'annex II to the present resolution', targets: [], internal: true, numbers: [], direction: 'present-resolution', annex: 'II' },
    ]);
  });

  it('takes "paragraphs 3 and 4" without "above", "below" or "of the present resolution" as external', () => {
    const other = parseResolution('*The General Assembly*,\n\n*Recalling* paragraphs 3 and 4 of its resolution 58/1 B,');
    assert.deepEqual(other.crossReferences.map((r) => [r.kind, r.internal, r.targets]), [['paragraph', false, [3, 4]]]);
  });

  it('takes a reference followed by a comma and "of" another document as external (A/RES/74/30, 76/185)', () => {
    const recalling =
      '*Recalling also* the recommendations for the establishment of a nuclear-weapon-free zone in the region of the Middle East consistent with paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document of the Tenth Special Session of the General Assembly,';
    const crimes = '5. *Urges* States to criminalize serious crimes, as defined in article 2, subparagraph (b), of the Organized Crime Convention;';
    const other = parseResolution(`*The General Assembly*,\n\n${recalling}\n\n${crimes}`);
    assert.deepEqual(other.crossReferences.map((r) => [r.kind, slice(other.text, r.span), r.internal, r.targets, r.subparagraph]), [
      ['paragraph', 'paragraphs 60 to 63', false, [60, 61, 62, 63], undefined],
      ['paragraph', 'paragraph 63 (d)', false, [63], 'd'],
      ['subparagraph', 'subparagraph (b)', false, [], 'b'],
    ]);
  });

  it('still reads "paragraph 2 (b), and" and "paragraph 4 (b), of the present resolution" as internal', () => {
    const own = parseResolution('1. *Decides* as follows:\n\n    (a) To act;\n\n    (b) To report;\n\n2. *Requests* information on paragraph 1 (b), and on paragraph 1 (a), of the present resolution.');
    assert.deepEqual(own.crossReferences.map((r) => [slice(own.text, r.span), r.internal, r.direction]), [
      ['paragraph 1 (b)', true, undefined],
      ['paragraph 1 (a), of the present resolution', true, 'present-resolution'],
    ]);
  });

  it('finds "the present resolution" on its own', () => {
    const other = parseResolution('1. *Requests* the Secretary-General to report on the implementation of the present resolution.');
    assert.deepEqual(other.crossReferences.map((r) => [r.kind, slice(other.text, r.span), r.direction]), [
      ['present-resolution', 'the present resolution', 'present-resolution'],
    ]);
  });
});
