import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../../server/src/service/corpus/corpus';
import { whatIsNew } from '../../../server/src/service/corpus/precedent';
import {
  ANGUILLA_77,
  FIXTURE_RESOLUTIONS,
  REAFFIRMS_BERMUDA,
  RECALLING_COVID,
  RECALLING_ELECTIONS_2020,
  REQUESTS_OUTREACH_ANGUILLA,
  REQUESTS_OUTREACH_BERMUDA,
  REQUESTS_REVIEW_ANGUILLA,
  UNDERLINES_GOVERNANCE,
  URGES_CONSTITUTIONAL,
} from './fixtures';

const corpus = Corpus.fromResolutions(FIXTURE_RESOLUTIONS);

describe('agreed-language index: one entry per wording', () => {
  it('merges identical paragraphs up to whitespace, footnote markers and final punctuation', () => {
    // 13 paragraphs; three wordings recur (Reaffirms ... Bermuda, Underlines ..., Recalling further ...).
    assert.equal(corpus.paragraphCount, 13);
    assert.equal(corpus.entryCount, 10);
    const underlines = corpus.precedent(UNDERLINES_GOVERNANCE, 'operative');
    assert.equal(underlines.similarity, 1);
    assert.deepEqual(
      underlines.closest?.sources.map((source) => [source.resolution.symbol, source.number]),
      [
        ['A/RES/77/136', 2],
        ['A/RES/75/109', 2],
      ],
    );
  });

  it('knows every source of a preambular wording with its place in the preamble', () => {
    const covid = corpus.precedent(RECALLING_COVID, 'preambular');
    assert.deepEqual(
      covid.closest?.sources.map((source) => `${source.resolution.symbol} pp. ${source.number}`).sort(),
      ['A/RES/77/135 pp. 1', 'A/RES/77/136 pp. 2'],
    );
  });

  it('keeps the two kinds apart: an operative query does not match a preambular wording exactly', () => {
    assert.notEqual(corpus.precedent(RECALLING_COVID, 'operative').similarity, 1);
  });
});

describe('precedent', () => {
  it('gives similarity 1 and status agreed for the same words, footnote markers and italics aside', () => {
    const match = corpus.precedent('*Recalling also* the general   elections that were held in October 2020,', 'preambular');
    assert.equal(match.status, 'agreed');
    assert.equal(match.similarity, 1);
    assert.equal(match.closest?.text, RECALLING_ELECTIONS_2020);
    assert.equal(match.closest?.resolution.symbol, 'A/RES/77/136');
    assert.equal(match.closest?.number, 1);
  });

  it('names the most recent resolution holding the wording, and its paragraph number there', () => {
    const match = corpus.precedent(REAFFIRMS_BERMUDA, 'operative');
    assert.equal(match.closest?.resolution.symbol, 'A/RES/77/136');
    assert.equal(match.closest?.number, 1);
  });

  it('scores a one-comma edit just below 1 (2·46/93) and calls it adapted', () => {
    const edited = REQUESTS_OUTREACH_BERMUDA.replace('efforts, consistent', 'efforts consistent').replace('if requested', 'if so requested');
    const match = corpus.precedent(edited, 'operative');
    assert.equal(match.closest?.text, REQUESTS_OUTREACH_ANGUILLA);
    assert.equal(match.status, 'adapted');
    assert.equal(match.similarity, (2 * 46) / 93);
  });

  it('calls a paragraph with little in common new', () => {
    const match = corpus.precedent(
      'Decides to include in the provisional agenda of its eightieth session the item entitled “Outer space”;',
      'operative',
    );
    assert.equal(match.status, 'new');
    assert.ok(match.similarity < 0.5, `similarity ${match.similarity}`);
  });

  it('handles a 100,000-character paragraph (a pasted table, a runaway line) without giving up', () => {
    const huge = `${URGES_CONSTITUTIONAL.slice(0, -1)}, ${'and including public consultations, '.repeat(2900)}`;
    assert.ok(huge.length > 100_000);
    const match = corpus.precedent(huge, 'operative');
    assert.equal(match.closest?.text, URGES_CONSTITUTIONAL);
    assert.equal(match.status, 'new');
    assert.deepEqual(corpus.completeParagraph(huge), []);
    assert.equal(corpus.precedent(';'.repeat(100_000) + 'x').status, 'new');
  });

  it('shows what is new against the precedent word by word', () => {
    const changes = whatIsNew('Urges that constitutional discussions be concluded without delay;', URGES_CONSTITUTIONAL);
    assert.deepEqual(
      changes.filter((change) => change.change !== 'same').map((change) => [change.change, change.text.trim()]),
      [
        ['removed', 'with the administering Power, including public consultations,'],
        ['removed', 'as soon as possible'],
        ['added', 'without delay'],
      ],
    );
    const added = changes.find((change) => change.change === 'added');
    assert.equal('Urges that constitutional discussions be concluded without delay;'.slice(added?.offset, (added?.offset ?? 0) + 13), 'without delay');
  });
});

describe('completion of agreed language', () => {
  const typed = 'Requests the administering Power to assist the Territory';

  it('offers the whole paragraphs that continue the typed words, with their sources', () => {
    const suggestions = corpus.completeParagraph(typed);
    assert.deepEqual(suggestions.map((s) => s.text).sort(), [REQUESTS_OUTREACH_ANGUILLA, REQUESTS_OUTREACH_BERMUDA, REQUESTS_REVIEW_ANGUILLA].sort());
    const bermuda = suggestions.find((s) => s.text === REQUESTS_OUTREACH_BERMUDA);
    assert.equal(bermuda?.sourceLabel, 'A/RES/77/136, op. 3');
  });

  it('ranks the draft’s own series first', () => {
    assert.equal(corpus.completeParagraph(typed, { title: 'Question of Bermuda' })[0]?.text, REQUESTS_OUTREACH_BERMUDA);
    assert.equal(corpus.completeParagraph(typed, { title: 'Question of Anguilla' })[0]?.latest.symbol, ANGUILLA_77.symbol);
  });

  it('ranks wordings of the resolutions the draft already draws on first', () => {
    const first = corpus.completeParagraph(typed, { draftParagraphs: [URGES_CONSTITUTIONAL] })[0];
    assert.equal(first?.latest.symbol, 'A/RES/77/135');
  });

  it('ranks the more frequent wording first when nothing else tells them apart', () => {
    const suggestions = corpus.completeParagraph('Reaffirms the inalienable right of the people of');
    assert.deepEqual(
      suggestions.map((s) => [s.occurrences, s.sourceLabel]),
      [
        [2, 'A/RES/77/136, op. 1; A/RES/75/109, op. 1'],
        [1, 'A/RES/77/135, op. 1'],
      ],
    );
  });

  it('ignores the paragraph number and italics the drafter typed, and waits for three words', () => {
    assert.equal(corpus.completeParagraph('7. *Requests* the administering Power to assist').length, 3);
    assert.deepEqual(corpus.completeParagraph('Requests the'), []);
  });

  it('completes a partly typed word but not across a typed space', () => {
    assert.equal(corpus.completeParagraph('Urges that constitutional discuss').length, 1);
    assert.equal(corpus.completeParagraph('Urges that constitutional discuss ').length, 0);
  });

  it('offers nothing for the full wording itself', () => {
    assert.deepEqual(corpus.completeParagraph(URGES_CONSTITUTIONAL.slice(0, -1)), []);
  });

  it('offers the known opening closest in spelling to a misspelt one', () => {
    assert.deepEqual(corpus.completeOpening('Reafirms', 'operative'), [{ opening: 'Reaffirms', kind: 'operative', count: 3 }]);
  });

  it('completes openings by how often the corpus uses them', () => {
    assert.deepEqual(corpus.completeOpening('re', 'operative'), [
      { opening: 'Reaffirms', kind: 'operative', count: 3 },
      { opening: 'Requests', kind: 'operative', count: 3 },
    ]);
  });
});

describe('lookups and corpus facts', () => {
  it('finds a resolution by full or short symbol, with its own final punctuation', () => {
    const resolution = corpus.resolution('75/109');
    assert.equal(resolution?.symbol, 'A/RES/75/109');
    assert.equal(resolution?.paragraphs[2]?.text, UNDERLINES_GOVERNANCE.replace(';', '.'));
    assert.equal(corpus.resolution('A/RES/77/136')?.paragraphs[3]?.text.endsWith('Territory;'), true);
    assert.equal(corpus.resolution('A/RES/76/92'), undefined);
  });

  it('answers part A of a multi-part resolution to its bare symbol, and keeps parts apart (74/261 A–C)', () => {
    const part = (symbol: string, date: string) => ({ ...ANGUILLA_77, symbol, date, path: `/corpus/${symbol}.txt` });
    const parts = Corpus.fromResolutions([part('A/RES/74/261', '2019-12-27'), part('A/RES/74/261 B', '2020-03-31'), part('A/RES/74/261 C', '2020-06-30')]);
    assert.equal(parts.resolution('74/261 A')?.date, '2019-12-27');
    assert.equal(parts.resolution('A/RES/74/261\u00a0B')?.date, '2020-03-31');
    assert.equal(parts.resolution('74/261c')?.date, '2020-06-30');
    assert.equal(parts.resolution('74/261 D'), undefined);
  });

  it('lists symbols by prefix by their numbers, not as text: 74/9 before 74/26 before 74/261 and its parts', () => {
    const symbols = ['A/RES/74/261 C', 'A/RES/74/26', 'A/RES/74/261', 'A/RES/74/9', 'A/RES/74/261 B', 'A/RES/75/1'];
    const listed = Corpus.fromResolutions(symbols.map((symbol) => ({ ...ANGUILLA_77, symbol, path: `/corpus/${symbol}.txt` })));
    assert.deepEqual(listed.symbolsByPrefix('74/').map((found) => found.symbol), ['A/RES/74/9', 'A/RES/74/26', 'A/RES/74/261', 'A/RES/74/261 B', 'A/RES/74/261 C']);
    assert.deepEqual(listed.symbolsByPrefix('74/26', 2).map((found) => found.symbol), ['A/RES/74/26', 'A/RES/74/261']);
  });

  it('finds resolutions by title words in any order, most recent first, and by a misspelt title', () => {
    assert.deepEqual(corpus.searchTitles('Bermuda question').map((resolution) => resolution.symbol), ['A/RES/77/136', 'A/RES/75/109', 'A/RES/77/135']);
    assert.deepEqual(corpus.searchTitles('Angwilla').map((resolution) => resolution.symbol), ['A/RES/77/135']);
  });

  it('lists symbols by prefix in numeric order, with date and title', () => {
    assert.deepEqual(corpus.symbolsByPrefix('77/13'), [
      { symbol: 'A/RES/77/135', date: '2022-12-12', title: 'Question of Anguilla' },
      { symbol: 'A/RES/77/136', date: '2022-12-12', title: 'Question of Bermuda' },
    ]);
    assert.deepEqual(corpus.symbolsByPrefix('A/RES/75/'), [{ symbol: 'A/RES/75/109', date: '2020-12-10', title: 'Question of Bermuda' }]);
  });

  it('finds the previous resolution of a series', () => {
    assert.equal(corpus.previousInSeries('Question of Bermuda', { date: '2023-12-07' })?.resolution.symbol, 'A/RES/77/136');
    assert.equal(corpus.previousInSeries('Question of Bermuda', { date: '2022-01-01' })?.resolution.symbol, 'A/RES/75/109');
    assert.equal(corpus.previousInSeries('Oceans and the law of the sea'), undefined);
  });

  it('answers the drafting rules’ questions', () => {
    assert.equal(corpus.openingCounts('operative').get('Reaffirms'), 3);
    assert.equal(corpus.openingCounts('preambular').get('Recalling further'), 2);
    assert.deepEqual([...corpus.sessions()].sort(), [75, 77]);
    assert.equal(corpus.paragraphsContaining('administering Power'), 4);
    assert.equal(corpus.paragraphsContaining('Administering Power'), 0);
    assert.equal(corpus.resolution('A/RES/77/135')?.date, '2022-12-12');
  });

  it('searches agreed language by words', () => {
    const found = corpus.searchAgreedLanguage('constitutional review');
    assert.equal(found[0]?.text, REQUESTS_REVIEW_ANGUILLA);
  });
});
