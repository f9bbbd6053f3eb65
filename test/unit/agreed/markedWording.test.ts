// Where footnote markers stand in a paragraph's wording, on the seed texts, whose layouts differ: 66/181
// has superscript markers and notes at page breaks inside paragraphs, 64/179 notes interleaved after
// lines of underscores.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fillPlaceholders, markedWording, withPlaceholders } from '../../../server/src/service/agreed/markedWording';
import { mapParagraph, sourceSpan } from '../../../server/src/service/agreed/sourceMap';
import { parseResolution } from '../../../server/src/service/parse';

const seed = (name: string) => parseResolution(readFileSync(resolve(__dirname, '../../../corpus', name), 'utf8'));

describe('footnote markers in a wording', () => {
  const document = seed('A_RES_66_181.txt');

  it('puts each marker after the word it follows in the source', () => {
    const paragraph = document.preambular[2]!;
    const wording = markedWording(document, paragraph);
    const marked = fillPlaceholders(withPlaceholders(wording), (index) => `[${wording.markers[index]!.marker}]`);
    assert.equal(
      marked,
      'Reaffirming further the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy adopted on 8 September 2006,[3] and its successive reviews of 4 and 5 September 2008[4] and of 8 September 2010,[5]',
    );
  });

  it('follows a paragraph across the block of notes at a page break', () => {
    const paragraph = document.preambular.find((candidate) => candidate.fragments.length > 1)!;
    const map = mapParagraph(document, paragraph);
    assert.ok(map, 'the paragraph can be followed');
    const small = map.text.indexOf('small arms');
    const span = sourceSpan(map, small, small + 'small arms'.length);
    assert.equal(document.text.slice(span.start, span.end), 'small arms');
    assert.ok(span.start > paragraph.fragments[1]!.start - 1);
  });

  it('maps every paragraph of every seed', () => {
    for (const name of ['A_RES_55_64.txt', 'A_RES_60_175.txt', 'A_RES_62_175.txt', 'A_RES_64_179.txt', 'A_RES_66_181.txt']) {
      const parsed = seed(name);
      const unmapped = parsed.paragraphs.filter((paragraph) => !mapParagraph(parsed, paragraph)).map((paragraph) => paragraph.text.slice(0, 40));
      assert.deepEqual(unmapped, [], name);
    }
  });
});
