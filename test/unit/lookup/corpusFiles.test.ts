import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { CorpusFiles, RENDERINGS_FOLDER } from '../../../server/src/corpusFiles';
import { Corpus } from '../../../server/src/service/corpus/corpus';
import type { CorpusResolution } from '../../../server/src/service/corpus/types';

const root = mkdtempSync(join(tmpdir(), 'unres-corpus-files-'));
after(() => rmSync(root, { recursive: true, force: true }));

const base: Omit<CorpusResolution, 'path' | 'sourceKind'> = {
  symbol: 'A/RES/66/181',
  date: '2011-12-19',
  title: 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity',
  paragraphs: [{ kind: 'operative', number: 1, opening: 'Takes note', text: 'Takes note of the report of the Secretary-General;' }],
  footnotes: [],
};

let corpus = Corpus.fromResolutions([]);

describe('where a corpus resolution opens', () => {
  it('opens a built-in seed as itself, at its title line', () => {
    const seed = resolve(__dirname, '../../../corpus/A_RES_66_181.txt');
    const files = new CorpusFiles(() => root, () => corpus);
    const location = files.locate({ ...base, path: seed, sourceKind: 'builtin' });
    const line = readFileSync(seed, 'utf8').split('\n').findIndex((text) => text.startsWith('66/181. '));
    assert.equal(location?.uri, URI.file(seed).toString());
    assert.deepEqual(location?.range.start, { line, character: 0 });
    assert.equal(files.openLink({ ...base, path: seed, sourceKind: 'builtin' }), `${URI.file(seed).toString()}#L${line + 1}`);
  });

  it('opens a resolution read from AKN4UN XML as a read-only text rendering in the cache folder', () => {
    const xml = join(root, '66_181.xml');
    writeFileSync(xml, '<akomaNtoso/>');
    const files = new CorpusFiles(() => root, () => corpus);
    const location = files.locate({ ...base, path: xml, sourceKind: 'akn' });
    const rendering = join(root, RENDERINGS_FOLDER, 'A_RES_66_181.txt');
    assert.equal(location?.uri, URI.file(rendering).toString());
    const lines = readFileSync(rendering, 'utf8').split('\n');
    assert.equal(lines[location!.range.start.line], `66/181. ${base.title}`);
    assert.equal(statSync(rendering).mode & 0o777, 0o444);
    const written = statSync(rendering).mtimeMs;
    files.locate({ ...base, path: xml, sourceKind: 'akn' });
    assert.equal(statSync(rendering).mtimeMs, written, 'an unchanged rendering is not written again');
    corpus = Corpus.fromResolutions([]);
    files.locate({ ...base, title: 'A changed title', path: xml, sourceKind: 'akn' });
    assert.match(readFileSync(rendering, 'utf8'), /^66\/181\. A changed title$/m, 'a new corpus renders again');
  });

  it('opens nothing for a file that is gone', () => {
    const files = new CorpusFiles(() => root, () => corpus);
    assert.equal(files.locate({ ...base, path: join(root, 'gone.txt'), sourceKind: 'text' }), undefined);
  });
});
