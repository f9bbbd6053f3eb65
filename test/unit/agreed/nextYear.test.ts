import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { nextYearsDraft, withCitation } from '../../../server/src/service/agreed/nextYear';
import { corpusParagraphText } from '../../../server/src/service/corpus/fromModel';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';

const SEED_66_181 = readFileSync(resolve(__dirname, '../../../corpus/A_RES_66_181.txt'), 'utf8');
const source = parseResolution(SEED_66_181);
const resolution = { symbol: 'A/RES/66/181', session: 66, date: '2011-12-19', title: source.title!.text };
const made = nextYearsDraft(source, resolution)!;
const draft = parseResolution(made.text);

/** Each marker's note text, in the order the markers stand in the text. */
function notesInOrder(document: ResolutionDocument): string[] {
  return document.footnoteMarkers.map((marker) => document.footnotes.find((note) => note.marker === marker.marker)?.text ?? `(no note ${marker.marker})`);
}

describe("next year's draft from resolution 66/181", () => {
  it('is a draft of the sixty-seventh session with the cover lines of one', () => {
    assert.equal(made.session, 67);
    assert.deepEqual(made.text.split('\n').slice(0, 10), [
      'United Nations',
      'General Assembly',
      'Distr.: Limited',
      'Original: English',
      '',
      'Sixty-seventh session',
      'Third Committee',
      'Agenda item 107',
      '',
      'Draft resolution',
    ]);
    assert.equal(draft.session, 67);
    assert.equal(draft.title?.text, source.title?.text);
    assert.equal(draft.title?.number, undefined);
  });

  it('adds 66/181 with its date to the list of resolutions the first paragraph reaffirms', () => {
    assert.equal(
      corpusParagraphText(draft.preambular[0]!),
      'Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 65/169 of 20 December 2010, 65/190 and 65/232 of 21 December 2010 and 66/181 of 19 December 2011,',
    );
  });

  it('moves the report requested at the sixty-seventh session to the sixty-eighth', () => {
    const report = draft.operative.find((paragraph) => paragraph.number === 34)!;
    const before = source.operative.find((paragraph) => paragraph.number === 34)!;
    assert.ok(corpusParagraphText(before).includes('to the General Assembly at its sixty-seventh session'));
    assert.equal(corpusParagraphText(report), corpusParagraphText(before).replace('sixty-seventh session', 'sixty-eighth session'));
    assert.ok(made.text.includes('\n\n<!-- Moved on from A/RES/66/181, to check: OP34 “sixty-seventh session” → “sixty-eighth session”. -->\n\n'));
    assert.deepEqual(draft.comments.map((comment) => comment.ignore), [undefined]);
  });

  it('alters nothing else: every other paragraph word for word, numbers kept, openings in italics', () => {
    assert.equal(draft.paragraphs.length, source.paragraphs.length);
    const changed = draft.paragraphs.flatMap((paragraph, index) => {
      const before = source.paragraphs[index]!;
      assert.equal(paragraph.kind, before.kind);
      assert.equal(paragraph.kind === 'operative' ? paragraph.number : undefined, before.kind === 'operative' ? before.number : undefined);
      assert.equal(paragraph.opening?.text, before.opening?.text);
      assert.equal(paragraph.opening?.italic, true);
      return corpusParagraphText(paragraph) === corpusParagraphText(before) ? [] : [paragraph.kind === 'operative' ? `OP${paragraph.number}` : `PP${paragraph.index + 1}`];
    });
    assert.deepEqual(changed, ['PP1', 'OP34']);
  });

  it('keeps every footnote, renumbered in order of first appearance, each marker pointing at the same note', () => {
    assert.deepEqual(notesInOrder(draft), notesInOrder(source));
    const firstAppearance = [...new Set(draft.footnoteMarkers.map((marker) => marker.marker))];
    assert.deepEqual(firstAppearance, firstAppearance.map((_, index) => String(index + 1)));
    assert.deepEqual(draft.footnotes.map((note) => note.marker), firstAppearance);
    assert.ok(made.text.includes('[2] *Ibid.*, vol. 2349, No. 42146.'), 'notes keep their italics');
  });

  it('starts the preamble with "Recalling" the resolution when no paragraph lists the Assembly\'s resolutions', () => {
    const text = SEED_66_181.replace('Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 65/169 of 20 December 2010 and 65/190 and 65/232 of 21 December 2010,', 'Reaffirming the importance of crime prevention,');
    const other = parseResolution(nextYearsDraft(parseResolution(text), resolution)!.text);
    assert.deepEqual(other.preambular.slice(0, 2).map(corpusParagraphText), ['Recalling its resolution 66/181 of 19 December 2011,', 'Reaffirming the importance of crime prevention,']);
    assert.equal(other.preambular[0]?.opening?.italic, true);
  });

  it('says in a comment that footnotes stay behind when the source cannot place them', () => {
    const withoutPlaces = nextYearsDraft(source, resolution, false)!;
    assert.ok(withoutPlaces.text.includes('<!-- The footnotes of A/RES/66/181 are not carried over: its corpus file does not say where they stand. -->'));
    assert.equal(parseResolution(withoutPlaces.text).footnotes.length, 0);
  });
});

describe('adding the resolution to a recalling paragraph', () => {
  const citation = '66/181 of 19 December 2011';

  it('makes a single resolution a list of two', () => {
    assert.equal(
      withCitation('Recalling its resolution 65/232 of 21 December 2010,', 'Recalling'.length, citation),
      'Recalling its resolutions 65/232 of 21 December 2010 and 66/181 of 19 December 2011,',
    );
  });

  it('turns the last " and " between dated groups into a comma', () => {
    assert.equal(
      withCitation('Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005 and 64/179 of 18 December 2009,', 'Reaffirming'.length, citation),
      'Reaffirming its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 64/179 of 18 December 2009 and 66/181 of 19 December 2011,',
    );
  });

  it('keeps a qualifier with the resolutions it is about, adding a clause instead (62/175, first paragraph)', () => {
    const recalling = 'Recalling its resolution 46/152 of 18 December 1991 on the creation of an effective United Nations crime prevention and criminal justice programme,';
    assert.equal(withCitation(recalling, 'Recalling'.length, citation), `${recalling.slice(0, -1)}, and its resolution 66/181 of 19 December 2011,`);
  });

  it('leaves a paragraph that cites the resolution already', () => {
    const text = 'Reaffirming its resolutions 64/179 of 18 December 2009 and 66/181 of 19 December 2011,';
    assert.equal(withCitation(text, 'Reaffirming'.length, citation), text);
  });
});
