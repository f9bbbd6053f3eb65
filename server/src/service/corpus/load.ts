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
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCache, writeCache, type CachedFile } from './cache';
import { Corpus } from './corpus';
import { readMetadataFile, type ResolutionMetadata } from './metadata';
import { ReaderPool, type WorkerScript } from './readerPool';
import { scanCorpus, type CorpusRoot, type ScannedFile } from './scan';
import { IndexBuilder, type IndexData } from './indexData';
import type { CorpusProblem, CorpusResolution, CorpusSourceKind } from './types';

/** Turns a file's content into resolutions, or says in a sentence why it cannot. */
export type CorpusReader = (content: string, origin: ReaderOrigin) => readonly CorpusResolution[] | string;

export interface ReaderOrigin {
  readonly path: string;
  readonly sourceKind: CorpusSourceKind;
  readonly metadata?: ResolutionMetadata;
}

export interface CorpusReaders {
  /** Plain text in the shape of the UN corpus's text files, or a draft. */
  readonly text: CorpusReader;
  /** AKN4UN XML. */
  readonly akn: CorpusReader;
}

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

/** Files above this size are not resolutions (the longest in the UN corpus is under 400 kB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
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
  const previous = cached ? reusable(cached.files, new Corpus(cached.data)) : new Map<string, FileResult>();
  const feed = new InOrder();
  const results = await readChanged(scan.files, previous, options, (index, result) => feed.offer(index, result));
  const corpus = new Corpus(feed.finish(), [...scan.problems, ...resultProblems(results)]);
  const filesRead = results.filter((result) => !result.reused).length;
  const source: LoadSource = cached && filesRead < results.length ? 'update' : 'index';
  const base = { corpus, source, filesRead, problems: corpus.problems, identity };
  if (!cachePath) return base;
  const saved = saveCache(cachePath, options.producer, results, corpus);
  if (saved.cacheError) return { ...base, cachePath, ...saved };
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
  const results = scan.files.map((file, index) => {
    const result = { file, ...readCorpusFile(file, options.readers, metadataFor(file, metadata)), reused: false };
    feed.offer(index, result);
    return result;
  });
  const corpus = new Corpus(feed.finish(), [...scan.problems, ...resultProblems(results)]);
  return { corpus, source: 'index', filesRead: results.length, problems: corpus.problems, identity: identityOf(roots, scan.files) };
}

function rootsOf(options: Pick<LoadOptions, 'builtinDir' | 'paths'>): CorpusRoot[] {
  return [...(options.builtinDir ? [{ path: options.builtinDir, builtin: true }] : []), ...options.paths.map((path) => ({ path }))];
}

function identityOf(roots: readonly CorpusRoot[], files: readonly ScannedFile[]): string {
  const identity = JSON.stringify([roots.map((root) => [resolve(root.path), root.builtin === true]), files.map((file) => [file.path, file.stamp])]);
  return createHash('sha256').update(identity).digest('hex');
}

interface FileResult {
  readonly file: ScannedFile;
  readonly resolutions: readonly CorpusResolution[];
  readonly problem?: string;
  readonly reused: boolean;
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

/** What each cached file gave, by path and stamp, for files that have not changed since. */
function reusable(files: readonly CachedFile[], corpus: Corpus): Map<string, FileResult> {
  const byKey = new Map<string, FileResult>();
  for (const file of files) {
    const resolutions = Array.from({ length: file.resolutionCount }, (_, i) => corpus.resolutionAt(file.firstResolution + i));
    const scanned = { path: file.path, stamp: file.stamp } as ScannedFile;
    byKey.set(`${file.path}\n${file.stamp}`, { file: scanned, resolutions, ...(file.problem ? { problem: file.problem } : {}), reused: true });
  }
  return byKey;
}

/** Below this many files to read, starting threads costs more than it saves. */
const FILES_FOR_THREADS = 32;

/** Called with each file's result as soon as it is known (out of order when threads read). */
type OnResult = (index: number, result: FileResult) => void;

async function readChanged(files: readonly ScannedFile[], previous: Map<string, FileResult>, options: LoadOptions, onResult: OnResult): Promise<FileResult[]> {
  const toRead = files.filter((file) => !previous.has(`${file.path}\n${file.stamp}`)).length;
  if (options.workers && toRead >= FILES_FOR_THREADS) return readOnThreads(files, previous, options, options.workers, onResult);
  return readInTurn(files, previous, options, onResult);
}

async function readOnThreads(
  files: readonly ScannedFile[],
  previous: Map<string, FileResult>,
  options: LoadOptions,
  script: WorkerScript,
  onResult: OnResult,
): Promise<FileResult[]> {
  const pool = new ReaderPool(script);
  const metadata = new Map<string, Map<string, ResolutionMetadata>>();
  let done = 0;
  try {
    return await Promise.all(
      files.map(async (file, index): Promise<FileResult> => {
        const old = previous.get(`${file.path}\n${file.stamp}`);
        const result = old ? { ...old, file } : { file, ...(await pool.read(file, metadataFor(file, metadata))), reused: false };
        if (options.signal?.aborted) throw options.signal.reason ?? new Error('corpus load cancelled');
        onResult(index, result);
        options.onProgress?.(++done, files.length);
        return result;
      }),
    );
  } finally {
    await pool.close();
  }
}

async function readInTurn(files: readonly ScannedFile[], previous: Map<string, FileResult>, options: LoadOptions, onResult: OnResult): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const metadata = new Map<string, Map<string, ResolutionMetadata>>();
  let slice = Date.now();
  for (const [done, file] of files.entries()) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('corpus load cancelled');
    const old = previous.get(`${file.path}\n${file.stamp}`);
    const result = old ? { ...old, file } : { file, ...readCorpusFile(file, options.readers, metadataFor(file, metadata)), reused: false };
    results.push(result);
    onResult(done, result);
    if (Date.now() - slice > YIELD_EVERY_MS) {
      options.onProgress?.(done + 1, files.length);
      await new Promise((resume) => setImmediate(resume));
      slice = Date.now();
    }
  }
  options.onProgress?.(files.length, files.length);
  return results;
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

/** One file's resolutions, or the reason it gave none. */
export function readCorpusFile(
  file: Pick<ScannedFile, 'path' | 'size' | 'builtin'>,
  readers: CorpusReaders,
  metadata?: ResolutionMetadata,
): { resolutions: readonly CorpusResolution[]; problem?: string } {
  const refuse = (problem: string) => ({ resolutions: [], problem });
  if (file.size === 0) return refuse('The file is empty.');
  if (file.size > MAX_FILE_BYTES) {
    return refuse(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; corpus files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read (a resolution is well under 1 MB).`);
  }
  let bytes: Buffer;
  try {
    // Synchronous: corpus files are small, and loads run on threads or yield between files.
    bytes = readFileSync(file.path);
  } catch (error) {
    return refuse(`The file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  if (looksBinary(bytes)) return refuse('The file holds binary data, not text: only plain text and AKN4UN XML are read.');
  const content = decode(bytes);
  if (content.trim() === '') return refuse('The file is empty.');
  const isXml = content.trimStart().startsWith('<');
  const sourceKind: CorpusSourceKind = file.builtin ? 'builtin' : isXml ? 'akn' : 'text';
  const origin = { path: file.path, sourceKind, ...(metadata ? { metadata } : {}) };
  const result = safely(isXml ? readers.akn : readers.text, content, origin);
  if (typeof result === 'string') return refuse(result);
  if (!result.some((resolution) => resolution.paragraphs.length > 0)) {
    return refuse(isXml ? 'No resolution paragraphs were found in this XML (is it AKN4UN?).' : 'No preambular or operative paragraphs were found: this does not look like a resolution.');
  }
  return { resolutions: result };
}

function safely(reader: CorpusReader, content: string, origin: ReaderOrigin): readonly CorpusResolution[] | string {
  try {
    return reader(content, origin);
  } catch (error) {
    return `The file could not be read as a resolution: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A NUL byte in the first 8 kB, or mostly control bytes: not a text file. */
function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > head.length * 0.1;
}

/** UTF-8 (a BOM dropped), or Windows-1252-ish Latin-1 when the bytes are not valid UTF-8. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

/**
 * Indexes the files' resolutions in file order as soon as every file before them has been read, so
 * that indexing overlaps reading. Keeps the first file's copy of a symbol (a corpus folder may hold
 * both the text and the XML of a resolution).
 */
class InOrder {
  private readonly builder = new IndexBuilder();
  private readonly waiting = new Map<number, FileResult>();
  private readonly seen = new Set<string>();
  private next = 0;

  offer(index: number, result: FileResult): void {
    this.waiting.set(index, result);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next++);
      for (const resolution of ready.resolutions) {
        if (this.seen.has(resolution.symbol)) continue;
        this.seen.add(resolution.symbol);
        this.builder.add(resolution);
      }
    }
  }

  finish(): IndexData {
    if (this.waiting.size > 0) throw new Error('a corpus file result was never indexed');
    return this.builder.finish();
  }
}

function resultProblems(results: readonly FileResult[]): CorpusProblem[] {
  return results.flatMap((result) => (result.problem ? [{ path: result.file.path, message: result.problem, stamp: result.file.stamp }] : []));
}

/**
 * Writes the cache. A file's resolutions are recorded as a range of the corpus's resolutions, which
 * `InOrder` laid out in file order; a file whose every resolution was a duplicate records none.
 */
function saveCache(path: string, producer: string, results: readonly FileResult[], corpus: Corpus): { cacheError?: string } {
  const files: CachedFile[] = [];
  let next = 0;
  const symbols = corpus.data.resolutions.map((resolution) => resolution.symbol);
  for (const result of results) {
    const first = next;
    while (next < symbols.length && result.resolutions.some((resolution) => resolution.symbol === symbols[next])) next++;
    files.push({ path: result.file.path, stamp: result.file.stamp, firstResolution: first, resolutionCount: next - first, ...(result.problem ? { problem: result.problem } : {}) });
  }
  try {
    writeCache(path, producer, { files, data: corpus.data });
    return {};
  } catch (error) {
    return { cacheError: `The corpus cache could not be written to ${path}: ${(error as Error).message}` };
  }
}
