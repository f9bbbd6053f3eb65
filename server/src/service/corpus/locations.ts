// Where the corpus lives on disk: the built-in seeds shipped beside the program, and the user's cache
// folder for clients that give none (the command line, editors without extension storage).

import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { WorkerScript } from './readerPool';

/**
 * The built-in corpus folder (`corpus/` with its manifest.json) in `from` or the nearest folder above
 * it: dist/../corpus for the bundles, the repository's corpus/ for the sources.
 */
export function findBuiltinCorpus(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, 'corpus');
    if (existsSync(join(candidate, 'manifest.json'))) return candidate;
    if (dirname(folder) === folder) return join(from, 'corpus');
  }
}

/** $XDG_CACHE_HOME/unres, else ~/.cache/unres. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'unres');
}

/**
 * The corpus reader thread's script: dist/corpusWorker.js beside the bundles, else (tests and
 * benchmarks run from the sources) readerWorker.ts through tsx; undefined when neither is there.
 */
export function readerWorkerScript(): WorkerScript | undefined {
  const bundled = join(__dirname, 'corpusWorker.js');
  if (existsSync(bundled)) return { source: bundled, eval: false };
  const source = join(__dirname, 'readerWorker.ts');
  if (!__filename.endsWith('.ts') || !existsSync(source)) return undefined;
  // A string, so that bundlers leave tsx out: only a run from the sources needs it.
  const register = `require(require.resolve('tsx/cjs/api', { paths: [${JSON.stringify(__dirname)}] })).register();`;
  return { source: `${register} require(${JSON.stringify(source)});`, eval: true };
}
