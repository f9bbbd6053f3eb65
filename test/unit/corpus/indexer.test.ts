import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCorpusOnThread } from '../../../server/src/service/corpus/indexer';
import { loadCorpus } from '../../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../../server/src/service/corpus/locations';
import { defaultReaders } from '../../../server/src/service/corpus/readers';

const UNGA_TEXT = resolve(__dirname, '../../../../shared/corpus/unga/text');
const haveCorpus = existsSync(UNGA_TEXT);
if (!haveCorpus) console.log(`# skipped: needs ${UNGA_TEXT}`);
const root = mkdtempSync(join(tmpdir(), 'unres-indexer-'));
after(() => rmSync(root, { recursive: true, force: true }));

describe('loading the corpus on an indexing thread', { skip: !haveCorpus }, () => {
  const folder = join(root, 'corpus');
  it('gives the corpus a load on this thread gives, says what it read, and leaves a cache behind', async () => {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const file of ['A_RES_77_135.txt', 'A_RES_77_136.txt']) copyFileSync(join(UNGA_TEXT, file), join(folder, file));
    writeFileSync(join(folder, 'empty.txt'), '');
    const request = { paths: [folder], cacheDir: join(root, 'cache'), producer: 'test' };
    const threaded = await loadCorpusOnThread(readerWorkerScript()!, request);
    const here = await loadCorpus({ ...request, cacheDir: join(root, 'other-cache'), readers: defaultReaders });
    assert.equal(threaded.source, 'index');
    assert.equal(threaded.filesRead, 3);
    assert.deepEqual(threaded.corpus.data.resolutions, here.corpus.data.resolutions);
    assert.deepEqual(Array.from(threaded.corpus.data.parEntry), Array.from(here.corpus.data.parEntry));
    assert.deepEqual(threaded.problems.map((problem) => [problem.path, problem.message]), [[join(folder, 'empty.txt'), 'The file is empty.']]);
    assert.equal((await loadCorpusOnThread(readerWorkerScript()!, request)).source, 'cache');
  });

  it('stops the thread when the load is cancelled', async () => {
    const controller = new AbortController();
    const loading = loadCorpusOnThread(readerWorkerScript()!, { paths: [UNGA_TEXT], cacheDir: join(root, 'cancelled'), producer: 'test' }, { signal: controller.signal });
    controller.abort(new Error('settings changed'));
    await assert.rejects(loading, /settings changed/);
  });
});
