// The corpus a command works against: the built-in seeds plus each --corpus folder or file, cached in
// the user's cache folder (or `cacheDir`), and read on reader threads when many files need reading.

import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { loadCorpus, type LoadResult } from '../../../server/src/service/corpus/load';
import { findBuiltinCorpus, readerWorkerScript, userCacheDir } from '../../../server/src/service/corpus/locations';
import { defaultReaders } from '../../../server/src/service/corpus/readers';

export function loadCommandCorpus(paths: readonly string[], cacheDir?: string): Promise<LoadResult> {
  const workers = readerWorkerScript();
  return loadCorpus({
    builtinDir: findBuiltinCorpus(__dirname),
    paths: paths.map((path) => resolve(path)),
    cacheDir: cacheDir ?? userCacheDir(),
    readers: defaultReaders,
    producer: version,
    ...(workers ? { workers } : {}),
  });
}
