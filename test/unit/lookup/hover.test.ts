import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Corpus } from '../../../server/src/service/corpus/corpus';
import type { CorpusResolution } from '../../../server/src/service/corpus/types';
import { hoverAt, hoverProviders, type HoverCorpus, type HoverProvider } from '../../../server/src/service/lookup/hover';
import { BUDGET_DRAFT, CRIME_DRAFT, parsed, spanOf } from './drafts';

/** Resolution 64/179 as the corpus holds it, with invented vote counts to show how a recorded vote reads. */
const RESOLUTION_64_179: CorpusResolution = {
  symbol: 'A/RES/64/179',
  session: 64,
  date: '2009-12-18',
  meeting: '65th plenary meeting',
  title: 'Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity',
  vote: { adoption: 'By a recorded vote', inFavour: 170, against: 0, abstaining: 1 },
  path: '/corpus/A_RES_64_179.txt',
  sourceKind: 'text',
  paragraphs: [
    { kind: 'preambular', opening: 'Reaffirming', text: 'Reaffirming its resolutions 46/152 of 18 December 1991 and 60/1 of 16 September 2005,' },
    { kind: 'operative', number: 1, opening: 'Takes note', text: 'Takes note of the report of the Secretary-General;' },
    {
      kind: 'operative',
      number: 2,
      opening: 'Requests',
      text: 'Requests the United Nations Office on Drugs and Crime:\n(a) To continue to provide technical assistance;\n(b) To strengthen the collection of data.',
    },
  ],
  footnotes: [{ marker: '1', text: 'See A/66/113, sect. II.' }],
};

const corpus = Corpus.fromResolutions([RESOLUTION_64_179]);
const document = parsed(CRIME_DRAFT);
const held: HoverCorpus = { corpus, indexing: false, openLink: (resolution) => `file:///corpus/${resolution.symbol.replaceAll('/', '_')}.txt#L12` };

describe('hover on a cited resolution', () => {
  it('gives the title, adoption, recorded vote, size, first operative paragraphs and both links', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, '64/179').start, held);
    assert.deepEqual(hover?.span, spanOf(CRIME_DRAFT, '64/179'));
    assert.equal(
      hover?.markdown,
      [
        '**A/RES/64/179** · General Assembly resolution',
        '*Strengthening the United Nations Crime Prevention and Criminal Justice Programme, in particular its technical cooperation capacity*',
        'Adopted on 18 December 2009 at the 65th plenary meeting, by a recorded vote of 170 to 0, with 1 abstention · 1 preambular and 2 operative paragraphs',
        '1. *Takes note* of the report of the Secretary-General;\n2. *Requests* the United Nations Office on Drugs and Crime:',
        '[Open A/RES/64/179](file:///corpus/A_RES_64_179.txt#L12) · [Official document ↗](https://docs.un.org/en/A/RES/64/179)',
      ].join('\n\n'),
    );
  });

  it('says that the corpus is still being indexed when it does not hold the resolution yet', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, '66/181').start, { ...held, indexing: true });
    assert.equal(
      hover?.markdown,
      [
        '**A/RES/66/181** · General Assembly resolution',
        'Not in the corpus indexed so far (1 resolution); the corpus is still being indexed.',
        'Cited here as adopted on 19 December 2011.',
        '[Official document ↗](https://docs.un.org/en/A/RES/66/181)',
      ].join('\n\n'),
    );
  });

  it('names a Security Council resolution and links its official document without the space before the year', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, '1373 (2001)').start + 2, held);
    assert.deepEqual(hover?.span, spanOf(CRIME_DRAFT, '1373 (2001)'));
    assert.equal(
      hover?.markdown,
      '**S/RES/1373 (2001)** · Security Council resolution\n\nNot in the corpus (1 resolution). Add a folder of adopted resolutions to `unres.corpus.paths` to look it up here.\n\n[Official document ↗](https://docs.un.org/en/S/RES/1373(2001))',
    );
  });
});

describe('hovers on footnotes, cross-references and document symbols', () => {
  it('shows the footnote of a marker', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, '[1]').start, held);
    assert.equal(hover?.markdown, '**Footnote 1**\n\nA/66/113.');
  });

  it('lists where a footnote is referenced (the last 90 characters before each marker), from its number at the foot of the text', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, '[1] A/66/113').start, held);
    assert.deepEqual(hover?.span, spanOf(CRIME_DRAFT, '[1]', 2));
    assert.equal(
      hover?.markdown,
      '**Footnote 1** is referenced in\n\n- OP1: …of the report of the Secretary-General prepared pursuant to resolution 66/181\n- OP4: …to report on the implementation of the previous paragraph and of paragraphs 1 to 3 above.',
    );
  });

  it('shows the paragraph "the previous paragraph" points to', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, 'the previous paragraph').start, held);
    assert.equal(hover?.markdown, '**Operative paragraph 3**\n\n3\\. *Calls upon* Member States to support the work referred to in paragraph 2 (b) above;');
  });

  it('tells what the draft and the corpus footnotes say about a document symbol', () => {
    const hover = hoverAt(document, spanOf(CRIME_DRAFT, 'A/66/113').start, held);
    assert.equal(
      hover?.markdown,
      [
        '**A/66/113** · United Nations document',
        'In this draft:\n\n- Footnote 1, in OP1: …of the report of the Secretary-General prepared pursuant to resolution 66/181\n- Footnote 1, in OP4: …to report on the implementation of the previous paragraph and of paragraphs 1 to 3 above.',
        'Cited in 1 corpus resolution:\n\n- A/RES/64/179 (18 December 2009), footnote 1: See A/66/113, sect. II.',
        '[Official document ↗](https://docs.un.org/en/A/66/113)',
      ].join('\n\n'),
    );
  });
});

describe('the hover dispatcher', () => {
  const paragraphProvider: HoverProvider = {
    name: 'paragraph',
    provide: (context) => (context.element?.kind === 'paragraph' ? { markdown: 'about the paragraph', span: context.element.paragraph.span } : undefined),
  };
  // The precedent provider answers on every paragraph; the dispatcher is shown with the element providers.
  const elementProviders = hoverProviders.filter((provider) => provider.name !== 'precedent');
  const providers = [...elementProviders, paragraphProvider];

  it('asks an added paragraph provider only where no element provider answers', () => {
    assert.equal(hoverAt(document, spanOf(CRIME_DRAFT, 'Member States to support').start, held, providers)?.markdown, 'about the paragraph');
    assert.match(hoverAt(document, spanOf(CRIME_DRAFT, '64/179').start, held, providers)?.markdown ?? '', /^\*\*A\/RES\/64\/179\*\*/);
  });

  it('answers nothing on plain text with the element providers', () => {
    assert.equal(hoverAt(document, spanOf(CRIME_DRAFT, 'Member States to support').start, held, elementProviders), undefined);
  });
});

describe('hover on a cited decision', () => {
  it('names the decision and says where decisions are published', () => {
    const text = CRIME_DRAFT.replace('Security Council resolution 1373 (2001)', 'its decision 73/555 of 22 December 2018');
    const hover = hoverAt(parsed(text), spanOf(text, '73/555').start, held);
    assert.deepEqual(hover?.span, spanOf(text, '73/555'));
    assert.equal(
      hover?.markdown,
      '**A/DEC/73/555** · General Assembly decision\n\nThe corpus holds resolutions, not decisions; decisions are published in the Official Records.\n\nCited here as adopted on 22 December 2018.',
    );
  });
});

describe('hover on a reference to an annex', () => {
  it('shows the annex it names', () => {
    const hover = hoverAt(parsed(BUDGET_DRAFT), spanOf(BUDGET_DRAFT, 'the annex to the present resolution').start, held);
    assert.deepEqual(hover?.span, spanOf(BUDGET_DRAFT, 'the annex to the present resolution'));
    assert.equal(hover?.markdown, '**Annex**\n\nProgramme of work');
  });
});
