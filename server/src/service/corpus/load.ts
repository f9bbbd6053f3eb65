// Loads the corpus: scans the built-in seeds and the user's paths, loads the cache, re-reads only the
// files whose stamp changed (or every file when there is no usable cache), builds the corpus, and
// writes the cache back. Every bad file becomes one CorpusProblem with a message a drafter can act
// on; nothing here throws for a file's sake.
//
//   const result = await loadCorpus({ builtinDir, paths, cacheDir, readers: defaultReaders, producer });
//   result.corpus.completeParagraph(...); result.source === 'cache' after a restart with no change.
//
// Reading yields to the event loop between files, so a language server keeps answering requests
// while it indexes; `signal` stops a load that a new configuration made pointless.

import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readCache, writeCache, type CachedFile } from './cache';
import { Corpus } from './corpus';
import { InOrder, type FileRange } from './inOrder';
import { readMetadataFile, type ResolutionMetadata } from './metadata';
import { prepareResolutions } from './prepared';
import { ReaderPool, type WorkerScript } from './readerPool';
import { readPreparedFile, type CorpusReaders, type PreparedFile } from './readFile';
import { scanCorpus, type CorpusRoot, type ScannedFile } from './scan';
import type { CorpusProblem } from './types';

export { MAX_FILE_BYTES, readCorpusFile, readPreparedFile, type CorpusReader, type CorpusReaders, type ReaderOrigin } from './readFile';

export interface LoadOptions {
  /** The built-in corpus folder (seed texts and manifest.json). */
  readonly builtinDir?: string;
  /** User corpus paths (absolute, or relative to the process's folder): folders or files. */
  readonly paths: readonly string[];
  /** Where the cache lives; no cache is read or written without it. */
  readonly cacheDir?: string;
  readonly readers: CorpusReaders;
  /** The producer's version: a cache written by another version is ignored. */
  readonly producer: string;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Reads files on worker threads started from this script when many files need reading. */
  readonly workers?: WorkerScript;
  /**
   * Whether to load the corpus back from the cache just written (the default): lighter in memory than
   * the corpus the build made. A loader whose corpus is thrown away (an indexing thread) says false.
   */
  readonly reload?: boolean;
}

export type LoadSource = 'cache' | 'update' | 'index';

export interface LoadResult {
  readonly corpus: Corpus;
  /** `cache`: loaded as cached; `update`: some files re-read; `index`: every file read. */
  readonly source: LoadSource;
  readonly filesRead: number;
  readonly problems: readonly CorpusProblem[];
  readonly cachePath?: string;
  /** Set when the cache could not be written (the corpus itself is fine). */
  readonly cacheError?: string;
  /** The corpus paths and every file's stamp, hashed: two loads of the same files, unchanged, have the same identity. */
  readonly identity: string;
}

const YIELD_EVERY_MS = 12;

export async function loadCorpus(options: LoadOptions): Promise<LoadResult> {
  const roots = rootsOf(options);
  const scan = scanCorpus(roots);
  const identity = identityOf(roots, scan.files);
  const cachePath = options.cacheDir ? join(options.cacheDir, cacheFileName(roots)) : undefined;
  const cached = cachePath ? readCache(cachePath, options.producer) : undefined;
  if (cached && sameFiles(cached.files, scan.files)) {
    const corpus = new Corpus(cached.data, [...scan.problems, ...fileProblems(cached.files)]);
    return { corpus, source: 'cache', filesRead: 0, problems: corpus.problems, identity, ...(cachePath ? { cachePath } : {}) };
  }
  const previous = cached ? unchanged(cached.files, new Corpus(cached.data)) : new Map<string, Reused>();
  const feed = new InOrder();
  const outcomes = await readChanged(scan.files, previous, options, (index, result) => feed.offer(index, result));
  const data = feed.finish();
  const corpus = new Corpus(data, [...scan.problems, ...outcomeProblems(outcomes)]);
  const filesRead = outcomes.filter((outcome) => !outcome.reused).length;
  const source: LoadSource = cached && filesRead < outcomes.length ? 'update' : 'index';
  const base = { corpus, source, filesRead, problems: corpus.problems, identity };
  if (!cachePath) return base;
  const saved = saveCache(cachePath, options.producer, outcomes, feed.ranges, corpus);
  if (saved.cacheError || options.reload === false) return { ...base, cachePath, ...saved };
  // The cache holds the texts as UTF-8, decoded on demand: lighter than the strings the build made.
  const reloaded = readCache(cachePath, options.producer);
  return { ...base, ...(reloaded ? { corpus: new Corpus(reloaded.data, corpus.problems) } : {}), cachePath };
}

/**
 * Reads every file in turn on this thread, without a cache and without yielding: for a few files (the
 * built-in seeds) that a caller needs before it answers anything.
 */
export function loadCorpusSync(options: Pick<LoadOptions, 'builtinDir' | 'paths' | 'readers'>): LoadResult {
  const roots = rootsOf(options);
  const scan = scanCorpus(roots);
  const metadata = new Map<string, Map<string, ResolutionMetadata>>();
  const feed = new InOrder();
  const outcomes = scan.files.map((file, index) => {
    const result = readPreparedFile(file, options.readers, metadataFor(file, metadata));
    feed.offer(index, result);
    return outcome(file, result, false);
  });
  const corpus = new Corpus(feed.finish(), [...scan.problems, ...outcomeProblems(outcomes)]);
  return { corpus, source: 'index', filesRead: outcomes.length, problems: corpus.problems, identity: identityOf(roots, scan.files) };
}

function rootsOf(options: Pick<LoadOptions, 'builtinDir' | 'paths'>): CorpusRoot[] {
  return [...(options.builtinDir ? [{ path: options.builtinDir, builtin: true }] : []), ...options.paths.map((path) => ({ path }))];
}

function identityOf(roots: readonly CorpusRoot[], files: readonly ScannedFile[]): string {
  const identity = JSON.stringify([roots.map((root) => [resolve(root.path), root.builtin === true]), files.map((file) => [file.path, file.stamp])]);
  return createHash('sha256').update(identity).digest('hex');
}

/** What is kept of a file once its resolutions are indexed. */
interface FileOutcome {
  readonly file: ScannedFile;
  readonly problem?: string;
  readonly reused: boolean;
}

function outcome(file: ScannedFile, result: PreparedFile, reused: boolean): FileOutcome {
  return { file, ...(result.problem !== undefined ? { problem: result.problem } : {}), reused };
}

/** A file unchanged since the cache was written: what it gave is taken from the cached corpus when its turn comes. */
interface Reused {
  readonly cached: CachedFile;
  readonly corpus: Corpus;
}

function cacheFileName(roots: readonly CorpusRoot[]): string {
  const identity = JSON.stringify(roots.map((root) => [resolve(root.path), root.builtin === true]));
  return `corpus-${createHash('sha256').update(identity).digest('hex').slice(0, 16)}.bin`;
}

function sameFiles(cached: readonly CachedFile[], scanned: readonly ScannedFile[]): boolean {
  return cached.length === scanned.length && cached.every((file, i) => file.path === scanned[i]!.path && file.stamp === scanned[i]!.stamp);
}

function fileProblems(files: readonly CachedFile[]): CorpusProblem[] {
  return files.flatMap((file) => (file.problem ? [{ path: file.path, message: file.problem, stamp: file.stamp }] : []));
}

/** The cached files by path and stamp, for the files that have not changed since. */
function unchanged(files: readonly CachedFile[], corpus: Corpus): Map<string, Reused> {
  return new Map(files.map((cached) => [`${cached.path}\n${cached.stamp}`, { cached, corpus }]));
}

function reusedResult({ cached, corpus }: Reused): PreparedFile {
  const resolutions = Array.from({ length: cached.resolutionCount }, (_, i) => corpus.resolutionAt(cached.firstResolution + i));
  return { prepared: prepareResolutions(resolutions), ...(cached.problem !== undefined ? { problem: cached.problem } : {}) };
}

/** Below this many files to read, starting threads costs more than it saves. */
const FILES_FOR_THREADS = 32;

/** Called with each file's result as soon as it is known (out of order when threads read). */
type OnResult = (index: number, result: PreparedFile) => void;

async function readChanged(files: readonly ScannedFile[], previous: Map<string, Reused>, options: LoadOptions, onResult: OnResult): Promise<FileOutcome[]> {
  const toRead = files.filter((file) => !previous.has(`${file.path}\n${file.stamp}`)).length;
  if (options.workers && toRead >= FILES_FOR_THREADS) return readOnThreads(files, previous, options, options.workers, onResult);
  return readInTurn(files, previous, options, onResult);
}

/**
 * Hands files to the reader threads while they have room, and reads the others here meanwhile, so
 * that this thread (which indexes what they give) is never idle while files wait: on two cores, one
 * reader thread and this one, rather than two readers and an idle indexer, spare a thread's start
 * and its copies.
 */
async function readOnThreads(
  files: readonly ScannedFile[],
  previous: Map<string, Reused>,
  options: LoadOptions,
  script: WorkerScript,
  onResult: OnResult,
): Promise<FileOutcome[]> {
  const pool = new ReaderPool(script, Math.max(1, Math.min(4, availableParallelism() - 1)));
  const metadata = new Map<string, Map<string, ResolutionMetadata>>();
  const outcomes: FileOutcome[] = [];
  const threaded: Promise<void>[] = [];
  let done = 0;
  const settle = (index: number, result: PreparedFile, reused: boolean) => {
    onResult(index, result);
    outcomes[index] = outcome(files[index]!, result, reused);
    options.onProgress?.(++done, files.length);
  };
  try {
    for (const [index, file] of files.entries()) {
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('corpus load cancelled');
      const old = previous.get(`${file.path}\n${file.stamp}`);
      if (old) settle(index, reusedResult(old), true);
      else if (pool.hasRoom()) threaded.push(pool.read(file, metadataFor(file, metadata)).then((result) => settle(index, result, false)));
      else {
        settle(index, readPreparedFile(file, options.readers, metadataFor(file, metadata)), false);
        // Lets the threads' answers in, and hands them more files, before reading another here.
        await new Promise((resume) => setImmediate(resume));
      }
    }
    await Promise.all(threaded);
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('corpus load cancelled');
    return outcomes;
  } finally {
    await pool.close();
  }
}

async function readInTurn(files: readonly ScannedFile[], previous: Map<string, Reused>, options: LoadOptions, onResult: OnResult): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const metadata = new Map<string, Map<string, ResolutionMetadata>>();
  let slice = Date.now();
  for (const [done, file] of files.entries()) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('corpus load cancelled');
    const old = previous.get(`${file.path}\n${file.stamp}`);
    const result = old ? reusedResult(old) : readPreparedFile(file, options.readers, metadataFor(file, metadata));
    onResult(done, result);
    outcomes.push(outcome(file, result, old !== undefined));
    if (Date.now() - slice > YIELD_EVERY_MS) {
      options.onProgress?.(done + 1, files.length);
      await new Promise((resume) => setImmediate(resume));
      slice = Date.now();
    }
  }
  options.onProgress?.(files.length, files.length);
  return outcomes;
}

function metadataFor(file: ScannedFile, loaded: Map<string, Map<string, ResolutionMetadata>>): ResolutionMetadata | undefined {
  if (!file.metadataPath) return undefined;
  let byPath = loaded.get(file.metadataPath);
  if (!byPath) {
    byPath = readMetadataFile(file.metadataPath, resolve(file.metadataPath, '..'));
    loaded.set(file.metadataPath, byPath);
  }
  return byPath.get(file.path);
}

function outcomeProblems(outcomes: readonly FileOutcome[]): CorpusProblem[] {
  return outcomes.flatMap((result) => (result.problem ? [{ path: result.file.path, message: result.problem, stamp: result.file.stamp }] : []));
}

/** Writes the cache: each file with the range of the corpus's resolutions it gave (InOrder laid them out in file order). */
function saveCache(path: string, producer: string, outcomes: readonly FileOutcome[], ranges: readonly FileRange[], corpus: Corpus): { cacheError?: string } {
  const files: CachedFile[] = outcomes.map(({ file, problem }, i) => ({
    path: file.path,
    stamp: file.stamp,
    firstResolution: ranges[i]?.first ?? 0,
    resolutionCount: ranges[i]?.count ?? 0,
    ...(problem !== undefined ? { problem } : {}),
  }));
  try {
    writeCache(path, producer, { files, data: corpus.data });
    return {};
  } catch (error) {
    return { cacheError: `The corpus cache could not be written to ${path}: ${(error as Error).message}` };
  }
}
