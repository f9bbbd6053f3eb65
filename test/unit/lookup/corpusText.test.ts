import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { CorpusResolution } from '../../../server/src/service/corpus/types';
import { findTitle, renderResolutionText } from '../../../server/src/service/lookup/corpusText';
import { parseResolution } from '../../../server/src/service/parse';

const SEEDS = resolve(__dirname, '../../../corpus');
const manifest = JSON.parse(readFileSync(resolve(SEEDS, 'manifest.json'), 'utf8')) as { documents: { file: string; symbol: string; title: string }[] };

describe('the title of a corpus resolution in its file', () => {
  it('is found in each of the five seed layouts, numbered or not, wrapped or not', () => {
    const found = manifest.documents.map((seed) => {
      const text = readFileSync(resolve(SEEDS, seed.file), 'utf8');
      const span = findTitle(text, seed);
      return span ? text.slice(span.start, span.end).trim().slice(0, 40) : undefined;
    });
    assert.deepEqual(found, [
      '55/64. Strengthening of the United Natio',
      '60/175. Strengthening the United Nations',
      '62/175.\tStrengthening the United Nations',
      'Strengthening the United Nations Crime P',
      '66/181. Strengthening the United Nations',
    ]);
  });

  it('is the numbered title line, bold or not, with its part letter, over a mention of the title in the text', () => {
    const text = 'A/RES/74/1\nthe title is Scale of assessments here\n\n74/1. **Scale of assessments**\n';
    const span = findTitle(text, { symbol: 'A/RES/74/1', title: 'Scale of assessments' });
    assert.equal(span && text.slice(span.start, span.end), '74/1. **Scale of assessments**');
    assert.equal(findTitle('no title here', { symbol: 'A/RES/74/1', title: 'Scale of assessments' }), undefined);
    const part = 'A/RES/78/183 B\n\n78/183 B. **Enlargement of the Executive Committee**\n';
    const partSpan = findTitle(part, { symbol: 'A/RES/78/183 B', title: 'Enlargement of the Executive Committee' });
    assert.equal(partSpan && part.slice(partSpan.start, partSpan.end), '78/183 B. **Enlargement of the Executive Committee**');
  });
});

describe('the text rendering of a resolution read from AKN4UN XML', () => {
  const resolution: CorpusResolution = {
    symbol: 'A/RES/78/229',
    session: 78,
    date: '2023-12-19',
    meeting: '50th plenary meeting',
    title: 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity',
    path: '/corpus/xml/78/A_RES_78_229.xml',
    sourceKind: 'akn',
    paragraphs: [
      { kind: 'preambular', opening: 'Reaffirming', text: 'Reaffirming its resolutions 46/152 of 18 December 1991 and 77/237 of 15 December 2022,' },
      { kind: 'operative', number: 1, opening: 'Takes note with appreciation', text: 'Takes note with appreciation of the report of the Secretary-General;' },
      { kind: 'operative', number: 2, opening: 'Requests', text: 'Requests the Office:\n(a) To continue to provide technical assistance;\n(b) To strengthen the collection of data.' },
    ],
    footnotes: [{ marker: '1', text: 'A/78/123.' }],
  };

  it('reads as the corpus text format, with the title where the rendering says', () => {
    const { text, title } = renderResolutionText(resolution);
    assert.equal(text.slice(title.start, title.end), `78/229. ${resolution.title}`);
    assert.equal(
      text,
      [
        'United Nations',
        'A/RES/78/229',
        'General Assembly',
        '',
        'Resolution adopted by the General Assembly on 19 December 2023',
        '',
        `78/229. ${resolution.title}`,
        '',
        '*The General Assembly*,',
        '',
        '*Reaffirming* its resolutions 46/152 of 18 December 1991 and 77/237 of 15 December 2022,',
        '',
        '1. *Takes note with appreciation* of the report of the Secretary-General;',
        '',
        '2. *Requests* the Office:',
        '    (a) To continue to provide technical assistance;',
        '    (b) To strengthen the collection of data.',
        '',
        '50th plenary meeting',
        '19 December 2023',
        '',
        '__________',
        '[1] A/78/123.',
        '',
      ].join('\n'),
    );
  });

  it('parses back into the same paragraphs', () => {
    const document = parseResolution(renderResolutionText(resolution).text);
    assert.deepEqual(
      document.paragraphs.map((paragraph) => [paragraph.kind, paragraph.opening?.text, paragraph.subparagraphs.length]),
      [
        ['preambular', 'Reaffirming', 0],
        ['operative', 'Takes note with appreciation', 0],
        ['operative', 'Requests', 2],
      ],
    );
    assert.equal(document.title?.number, '78/229');
    assert.equal(document.footnotes[0]?.text, 'A/78/123.');
  });
});
