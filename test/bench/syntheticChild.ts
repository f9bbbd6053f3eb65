// Child process of the benchmark, so that each figure of memory is a process's own. Two modes:
//   build N CACHE_DIR CORPUS  makes a synthetic corpus of N resolutions from the real corpus (cached in
//                             CACHE_DIR) and builds its index as they are made, one at a time (as the
//                             loader indexes file by file), times queries, writes its cache;
//   load N CACHE_DIR          loads that cache in a fresh process, as a restarted server would, and
//                             times the same queries.
// Each prints one JSON line, with the resident memory once the index is in memory (after a full
// garbage collection) and at the process's peak. Run with --expose-gc.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../package.json';
import { readCache, writeCache } from '../../server/src/service/corpus/cache';
import { Corpus } from '../../server/src/service/corpus/corpus';
import { IndexBuilder } from '../../server/src/service/corpus/indexData';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../server/src/service/corpus/locations';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import { syntheticCorpus } from './synthetic';
import { completionQueries, precedentQueries, round, timeEach } from './workload';

function memoryMb(field: 'VmRSS' | 'VmHWM'): number {
  (globalThis as { gc?: () => void }).gc?.();
  const line = readFileSync('/proc/self/status', 'utf8').split('\n').find((entry) => entry.startsWith(`${field}:`));
  return round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024, 1);
}

function queryFigures(corpus: Corpus) {
  return {
    resolutions: corpus.resolutionCount,
    paragraphs: corpus.paragraphCount,
    wordings: corpus.entryCount,
    completion: timeEach(completionQueries(corpus, 400), (query) => corpus.completeParagraph(query.typed, query.context)),
    precedent: timeEach(precedentQueries(corpus, 400), (query) => corpus.precedent(query.text, query.kind)),
  };
}

async function build(size: number, cacheDir: string, corpusPath: string): Promise<Record<string, unknown>> {
  const base = await loadCorpus({ paths: [corpusPath], cacheDir, readers: defaultReaders, producer: version, workers: readerWorkerScript() });
  const bases = Array.from({ length: base.corpus.resolutionCount }, (_, i) => base.corpus.resolutionAt(i));
  const started = performance.now();
  // Fed one resolution at a time, as the loader feeds the files it reads.
  const builder = new IndexBuilder();
  for (const resolution of syntheticCorpus(bases, size)) builder.add(resolution);
  const corpus = new Corpus(builder.finish());
  const buildMs = Math.round(performance.now() - started);
  bases.length = 0;
  const figures = queryFigures(corpus);
  const written = performance.now();
  writeCache(cachePath(cacheDir, size), version, { files: [], data: corpus.data });
  return { ...figures, buildMs, cacheWriteMs: Math.round(performance.now() - written), rssMb: memoryMb('VmRSS'), peakRssMb: memoryMb('VmHWM') };
}

function load(size: number, cacheDir: string): Record<string, unknown> {
  const started = performance.now();
  const cached = readCache(cachePath(cacheDir, size), version);
  if (!cached) throw new Error('the synthetic cache could not be read');
  const corpus = new Corpus(cached.data);
  const loadMs = Math.round(performance.now() - started);
  return { ...queryFigures(corpus), loadMs, rssMb: memoryMb('VmRSS'), peakRssMb: memoryMb('VmHWM') };
}

function cachePath(cacheDir: string, size: number): string {
  return join(cacheDir, `synthetic-${size}.bin`);
}

async function main(): Promise<void> {
  const [mode, size, cacheDir, corpusPath] = process.argv.slice(2);
  const figures = mode === 'build' ? await build(Number(size), cacheDir!, corpusPath!) : load(Number(size), cacheDir!);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
