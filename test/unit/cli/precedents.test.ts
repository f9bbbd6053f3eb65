import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';
import { runPrecedents, type PrecedentEntry } from '../../../cli/src/commands/precedents';

const UNGA_TEXT = resolve(__dirname, '../../../../shared/corpus/unga/text');
const root = mkdtempSync(join(tmpdir(), 'unres-cli-precedents-'));
after(() => rmSync(root, { recursive: true, force: true }));

const haveCorpus = existsSync(UNGA_TEXT);
if (!haveCorpus) console.log(`# skipped: needs ${UNGA_TEXT}`);

describe('unres precedents', { skip: !haveCorpus }, () => {
  const corpus = join(root, 'bermuda');
  mkdirSync(corpus);
  for (const file of ['A_RES_75_109.txt', 'A_RES_76_92.txt', 'A_RES_77_136.txt']) copyFileSync(join(UNGA_TEXT, file), join(corpus, file));
  const draft = join(UNGA_TEXT, 'A_RES_78_88.txt');

  it('prints one JSON entry per paragraph with the most recent resolution holding its precedent', async () => {
    const { output, exitCode } = await runPrecedents(draft, { corpus: [corpus], format: 'json', cacheDir: join(root, 'cache') });
    assert.equal(exitCode, 0);
    const entries = JSON.parse(output) as PrecedentEntry[];
    const operative = entries.filter((entry) => entry.kind === 'operative');
    assert.deepEqual(operative.map((entry) => entry.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const entry of operative.slice(0, 13)) {
      assert.deepEqual([entry.status, entry.precedent?.symbol, entry.precedent?.number, entry.precedent?.similarity], ['agreed', 'A/RES/77/136', entry.number, 1]);
    }
    const first = entries[0]!;
    assert.deepEqual([first.line, first.kind, first.number, first.status], [16, 'preambular', null, 'adapted']);
    assert.equal(first.precedent?.number, null);
    assert.ok(first.precedent!.similarity > 0.9 && first.precedent!.similarity < 1);
    assert.match(first.precedent!.text, /^Having considered the question of Bermuda/);
  });

  it('says why a draft cannot be read and exits with 2', async () => {
    const { output, exitCode } = await runPrecedents(join(root, 'missing.txt'), { corpus: [], format: 'json', cacheDir: join(root, 'cache') });
    assert.deepEqual([output, exitCode], ['', 2]);
  });
});
