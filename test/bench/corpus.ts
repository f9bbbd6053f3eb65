// Benchmark section "corpus": the agreed-language index on the 1,632 real resolutions of
// ../shared/corpus/unga/text and on a synthetic corpus of 20,000 made from them.
//   cold index (every file read and parsed) <= 3 s and cached load <= 300 ms, timed on a bundle of the
//   loader (as shipped) and from the sources;
//   completion p95 <= 20 ms (1,632) and <= 50 ms (20,000); precedent of one paragraph p95 <= 5 ms;
//   server RSS <= 250 MB (1,632, a real dist/server.js) and <= 1.5 GB (20,000: child processes that
//   build the index, and that load it from its cache as a restarted server would);
//   a naive baseline (fuse.js over every paragraph) on a few queries, and the speed-up (>= 20x).

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import Fuse from 'fuse.js';
import { version } from '../../package.json';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../server/src/service/corpus/locations';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import type { BenchSection } from './bench';
import { measureServer, SERVER } from './serverMemory';
import { completionQueries, precedentQueries, timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const SYNTHETIC_SIZE = 20_000;
const NAIVE_QUERIES = 2;

async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(UNGA_TEXT)) return { skipped: `needs ${UNGA_TEXT}` };
  const cacheDir = mkdtempSync(join(tmpdir(), 'unres-bench-corpus-'));
  try {
    const bundled = await bundledColdIndex(cacheDir);
    const real = await realCorpus(cacheDir);
    const synthetic = syntheticFigures(cacheDir);
    const server = await serverFigures();
    return { bundled, real, synthetic, server };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/** The cold index and cached load as the product runs them: bundled JavaScript, reader threads on dist/corpusWorker.js. */
async function bundledColdIndex(cacheDir: string): Promise<Record<string, unknown>> {
  const worker = resolve(__dirname, '../../dist/corpusWorker.js');
  if (!existsSync(worker)) return { skipped: `needs ${worker} (npm run build)` };
  const folder = join(cacheDir, 'bundled');
  mkdirSync(folder, { recursive: true });
  copyFileSync(worker, join(folder, 'corpusWorker.js'));
  await build({ entryPoints: [resolve(__dirname, 'coldIndexChild.ts')], bundle: true, platform: 'node', target: 'node20', outfile: join(folder, 'coldIndex.js'), logLevel: 'warning' });
  const child = spawnSync(process.execPath, [join(folder, 'coldIndex.js'), UNGA_TEXT, join(folder, 'cache')], { encoding: 'utf8' });
  if (child.status !== 0) return { failed: child.stderr.slice(-2000) };
  const figures = JSON.parse(child.stdout.trim()) as { coldMs: number; cachedMs: number; threads: boolean; source: string };
  console.log(`1,632, bundled as shipped: cold index ${figures.coldMs} ms (target 3000; reader threads: ${figures.threads}), cached load ${figures.cachedMs} ms (${figures.source}; target 300)`);
  return figures;
}

async function realCorpus(cacheDir: string) {
  const options = { paths: [UNGA_TEXT], cacheDir, readers: defaultReaders, producer: version, workers: readerWorkerScript() };
  let [started, cpu] = [performance.now(), process.cpuUsage()];
  const cold = await loadCorpus(options);
  const coldIndexMs = Math.round(performance.now() - started);
  const coldCpuMs = cpuMs(cpu);
  [started, cpu] = [performance.now(), process.cpuUsage()];
  const cached = await loadCorpus(options);
  const cachedLoadMs = Math.round(performance.now() - started);
  const cachedCpuMs = cpuMs(cpu);
  const corpus = cached.corpus;
  console.log(`1,632: ${corpus.resolutionCount} resolutions, ${corpus.paragraphCount} paragraphs, ${corpus.entryCount} wordings; ${cold.problems.length} files not indexed`);
  console.log(`  from the sources through tsx: cold index ${coldIndexMs} ms (CPU ${coldCpuMs} ms over every thread, reader threads compiling TypeScript), cached load ${cachedLoadMs} ms (${cached.source}; target 300; CPU ${cachedCpuMs} ms)`);
  const completions = completionQueries(corpus, 1000);
  const precedents = precedentQueries(corpus, 1000);
  const completion = timeEach(completions, (query) => corpus.completeParagraph(query.typed, query.context));
  const precedent = timeEach(precedents, (query) => corpus.precedent(query.text, query.kind));
  console.log(`  completion ${describe(completion)} (target p95 20); precedent of an edited paragraph ${describe(precedent)} (target p95 5)`);
  const naive = naiveBaseline(corpus, completions.slice(0, NAIVE_QUERIES), precedents.slice(0, NAIVE_QUERIES));
  const speedUp = {
    completion: Math.round(naive.completion.meanMs / Math.max(completion.meanMs, 0.001)),
    precedent: Math.round(naive.precedent.meanMs / Math.max(precedent.meanMs, 0.001)),
  };
  console.log(`  naive fuse.js: index ${naive.indexMs} ms; completion ${describe(naive.completion)}, precedent ${describe(naive.precedent)}`);
  console.log(`  speed-up over the naive baseline: completion ${speedUp.completion}x, precedent ${speedUp.precedent}x (target 20x)`);
  return {
    resolutions: corpus.resolutionCount,
    paragraphs: corpus.paragraphCount,
    wordings: corpus.entryCount,
    coldIndexMs,
    coldCpuMs,
    cachedLoadMs,
    cachedCpuMs,
    completion,
    precedent,
    naive,
    speedUp,
  };
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
}

function describe(latency: Latency): string {
  return `p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms (CPU time p95 ${latency.cpuP95Ms} ms), mean ${latency.meanMs} ms over ${latency.queries}`;
}

/** fuse.js over every corpus paragraph: what one would write without an index. */
function naiveBaseline(corpus: Corpus, completions: ReturnType<typeof completionQueries>, precedents: ReturnType<typeof precedentQueries>) {
  const paragraphs = Array.from({ length: corpus.resolutionCount }, (_, i) => corpus.resolutionAt(i).paragraphs).flat();
  let started = performance.now();
  const fuse = new Fuse(paragraphs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  const indexMs = Math.round(performance.now() - started);
  started = performance.now();
  const completion = timeEach(completions, (query) => fuse.search(query.typed, { limit: 10 }));
  const precedent = timeEach(precedents, (query) => fuse.search(query.text, { limit: 1 }));
  return { indexMs, completion, precedent, totalMs: Math.round(performance.now() - started) };
}

function syntheticFigures(cacheDir: string): Record<string, unknown> {
  const built = childFigures(['build', String(SYNTHETIC_SIZE), cacheDir, UNGA_TEXT]);
  if ('failed' in built) return { build: built };
  console.log(`20,000 synthetic: ${built.resolutions} resolutions, ${built.paragraphs} paragraphs, ${built.wordings} wordings; index built in ${built.buildMs} ms, cache written in ${built.cacheWriteMs} ms`);
  console.log(`  completion ${describe(built.completion)} (target p95 50); precedent ${describe(built.precedent)}`);
  console.log(`  RSS with the index built ${built.rssMb} MB (peak ${built.peakRssMb} MB; target 1500)`);
  const loaded = childFigures(['load', String(SYNTHETIC_SIZE), cacheDir]);
  if ('failed' in loaded) return { build: built, load: loaded };
  console.log(`  restarted from the cache: loaded in ${loaded.loadMs} ms, RSS ${loaded.rssMb} MB (peak ${loaded.peakRssMb} MB); completion ${describe(loaded.completion)}; precedent ${describe(loaded.precedent)}`);
  return { build: built, load: loaded };
}

type ChildFigures = Record<string, number> & { completion: Latency; precedent: Latency };

function childFigures(args: readonly string[]): ChildFigures | { failed: string } {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(__dirname, 'syntheticChild.ts'), ...args], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) return { failed: child.stderr.slice(-2000) };
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildFigures;
}

async function serverFigures(): Promise<Record<string, unknown>> {
  if (!existsSync(SERVER)) return { skipped: `needs ${SERVER} (npm run build)` };
  const cacheDir = mkdtempSync(join(tmpdir(), 'unres-bench-server-'));
  try {
    const cold = await measureServer(UNGA_TEXT, cacheDir);
    const warm = await measureServer(UNGA_TEXT, cacheDir);
    console.log(`server with the 1,632: cold ready in ${cold.readyMs} ms, RSS ${cold.rssMb} MB (peak ${cold.peakRssMb} MB); restarted from cache (${warm.status.source}): ready in ${warm.readyMs} ms, RSS ${warm.rssMb} MB (target 250)`);
    const summary = (memory: typeof cold) => ({ readyMs: memory.readyMs, rssMb: memory.rssMb, peakRssMb: memory.peakRssMb, source: memory.status.source, resolutions: memory.status.resolutions });
    return { cold: summary(cold), cached: summary(warm) };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

export const corpusBench: BenchSection = { name: 'corpus', run };
