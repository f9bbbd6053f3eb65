// Bundled by the benchmark (esbuild) beside a copy of dist/corpusWorker.js and run as plain
// JavaScript, so that the cold index is timed on the code path the server and the command line run
// (reader threads on the bundled script, no TypeScript compiled on the fly):
//   node coldIndex.js CORPUS CACHE_DIR   prints {coldMs, cachedMs, resolutions, source}

import { loadCorpus } from '../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../server/src/service/corpus/locations';
import { defaultReaders } from '../../server/src/service/corpus/readers';

async function main(): Promise<void> {
  const [corpus, cacheDir] = process.argv.slice(2);
  const workers = readerWorkerScript();
  const options = { paths: [corpus!], cacheDir: cacheDir!, readers: defaultReaders, producer: 'bench', ...(workers ? { workers } : {}) };
  let started = performance.now();
  const cold = await loadCorpus(options);
  const coldMs = Math.round(performance.now() - started);
  started = performance.now();
  const cached = await loadCorpus(options);
  const cachedMs = Math.round(performance.now() - started);
  process.stdout.write(`${JSON.stringify({ coldMs, cachedMs, resolutions: cold.corpus.resolutionCount, threads: workers !== undefined, source: cached.source })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
