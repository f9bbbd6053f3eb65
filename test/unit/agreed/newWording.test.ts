import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { paragraphNovelty } from '../../../server/src/service/agreed/newWording';
import type { Corpus } from '../../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../../server/src/service/corpus/load';
import { defaultReaders } from '../../../server/src/service/corpus/readers';
import { parseResolution } from '../../../server/src/service/parse';

let corpus: Corpus;
const cache = mkdtempSync(join(tmpdir(), 'unres-new-wording-'));
before(async () => {
  ({ corpus } = await loadCorpus({ builtinDir: resolve(__dirname, '../../../corpus'), paths: [], cacheDir: cache, readers: defaultReaders, producer: 'test' }));
});
after(() => rmSync(cache, { recursive: true, force: true }));

// 66/181, operative paragraph 10, with words of the drafter's own; and a paragraph of another series.
const TEXT = `*The General Assembly*,

1. *Calls upon* Member States and regional organizations to strengthen their efforts to cooperate, as appropriate, at the bilateral, subregional, regional and international levels to counter transnational organized crime and piracy effectively;

2. *Decides* to include in the provisional agenda of its sixty-eighth session the item entitled “Question of Bermuda”.
`;

describe('what is new in a draft', () => {
  const document = parseResolution(TEXT);
  const spanText = (span: { start: number; end: number }) => TEXT.slice(span.start, span.end);

  it('marks the words an adapted paragraph adds to its precedent, where they stand', () => {
    const novelty = paragraphNovelty(document, document.operative[0]!, corpus);
    assert.deepEqual([novelty.status, novelty.precedent], ['adapted', 'A/RES/66/181, op. 10']);
    assert.deepEqual(novelty.added.map(spanText), ['and regional organizations', 'and piracy']);
  });

  it('marks the whole of a paragraph no precedent comes close to', () => {
    const paragraph = document.operative[1]!;
    const novelty = paragraphNovelty(document, paragraph, corpus);
    assert.equal(novelty.status, 'new');
    assert.deepEqual(novelty.added, [paragraph.bodySpan]);
  });
});
