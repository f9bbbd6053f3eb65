import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readCache, writeCache, type CachedFile } from '../../../server/src/service/corpus/cache';
import { Corpus } from '../../../server/src/service/corpus/corpus';
import { buildIndexData } from '../../../server/src/service/corpus/indexData';
import { FIXTURE_RESOLUTIONS, REQUESTS_OUTREACH_BERMUDA } from './fixtures';

const folder = mkdtempSync(join(tmpdir(), 'unres-cache-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const withVote = FIXTURE_RESOLUTIONS.map((resolution, i) =>
  i === 0 ? { ...resolution, meeting: '46th plenary meeting', vote: { adoption: 'Without a vote' } } : resolution,
);
const data = buildIndexData(withVote);
const files: CachedFile[] = [
  { path: '/corpus/a.txt', stamp: '10:1|', firstResolution: 0, resolutionCount: 2 },
  { path: '/corpus/b.txt', stamp: '20:2|', firstResolution: 2, resolutionCount: 1 },
  { path: '/corpus/junk.bin', stamp: '30:3|', firstResolution: 3, resolutionCount: 0, problem: 'The file holds binary data.' },
];

describe('corpus cache', () => {
  it('reads back exactly what it wrote: files, resolutions and every index column', () => {
    const path = join(folder, 'round-trip.bin');
    writeCache(path, '0.1.0', { files, data });
    const read = readCache(path, '0.1.0');
    assert.deepEqual(read?.files, files);
    assert.deepEqual(read?.data.resolutions, data.resolutions);
    const texts = (column: typeof data.entryText) => Array.from({ length: column.length }, (_, i) => column.at(i));
    assert.deepEqual(texts(read!.data.entryText), texts(data.entryText));
    for (const column of ['entryKind', 'entryOpening', 'parStart', 'parEntry', 'parNumber', 'parEnding', 'words', 'postStart', 'postings', 'prefixOrder'] as const) {
      assert.deepEqual(Array.from<unknown>(read!.data[column]), Array.from<unknown>(data[column]), column);
    }
    assert.deepEqual(Array.from(read!.data.keys.slots), Array.from(data.keys.slots));
  });

  it('answers queries from a loaded cache as from the built index', () => {
    const path = join(folder, 'queries.bin');
    writeCache(path, '0.1.0', { files, data });
    const loaded = new Corpus(readCache(path, '0.1.0')!.data);
    const built = new Corpus(data);
    const typed = 'Requests the administering Power to assist';
    assert.deepEqual(loaded.completeParagraph(typed).map((s) => s.sourceLabel), built.completeParagraph(typed).map((s) => s.sourceLabel));
    assert.equal(loaded.precedent(REQUESTS_OUTREACH_BERMUDA).similarity, 1);
    assert.equal(loaded.resolution('A/RES/75/109')?.vote?.adoption, 'Without a vote');
  });

  it('keeps texts with non-ASCII characters intact, openings included', () => {
    const path = join(folder, 'unicode.bin');
    const text = 'Réaffirmant le droit inaliénable du peuple des Bermudes à l’autodétermination – « article 73 b »,';
    const unicode = buildIndexData([{ ...FIXTURE_RESOLUTIONS[0]!, paragraphs: [{ kind: 'preambular', opening: 'Réaffirmant', text }] }]);
    writeCache(path, '0.1.0', { files: [], data: unicode });
    const loaded = new Corpus(readCache(path, '0.1.0')!.data);
    assert.equal(loaded.resolutionAt(0).paragraphs[0]?.text, text);
    assert.equal(loaded.resolutionAt(0).paragraphs[0]?.opening, 'Réaffirmant');
    assert.equal(loaded.completeParagraph('réaffirmant le droit inaliénable')[0]?.text, text);
  });

  it('ignores a cache written by another version', () => {
    const path = join(folder, 'version.bin');
    writeCache(path, '0.1.0', { files, data });
    assert.equal(readCache(path, '0.2.0'), undefined);
  });

  it('ignores a truncated, damaged or foreign file instead of throwing', () => {
    const path = join(folder, 'damaged.bin');
    writeCache(path, '0.1.0', { files, data });
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    assert.equal(readCache(path, '0.1.0'), undefined);
    const flipped = Buffer.from(bytes);
    flipped.fill(0xff, 64, 200);
    writeFileSync(path, flipped);
    assert.equal(readCache(path, '0.1.0'), undefined);
    writeFileSync(path, '{"not": "a cache"}');
    assert.equal(readCache(path, '0.1.0'), undefined);
    assert.equal(readCache(join(folder, 'absent.bin'), '0.1.0'), undefined);
  });
});
