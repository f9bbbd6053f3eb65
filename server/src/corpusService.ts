// The corpus the server's features query (`context.corpus.current`). It reads the built-in seeds while
// answering `initialize` (a few milliseconds), so that no draft is ever checked against an empty
// corpus; after `initialized` it loads the configured corpus (`unres.corpus.paths`) in the background,
// on an indexing thread, answering requests from the seeds meanwhile. A load that finds the very
// files the corpus in use was made of, unchanged (no paths configured: the seeds again), keeps that
// corpus: features are not told of a change, and drafts are not checked again for nothing.
// It reports work-done progress where the client supports it and the `unres/corpusStatus`
// notification; re-indexes when the settings change or a corpus file changes (through the client's
// file watcher when it can register one dynamically, else fs.watch); each re-index re-reads only the
// files that changed, thanks to the cache. Each bad file is shown once (per file and content).
//
// Cache folder: initializationOptions.storagePath (the VS Code extension's storage), else
// `unres.cacheDir`, else $XDG_CACHE_HOME/unres or ~/.cache/unres.

import { watch, type FSWatcher } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type GlobPattern,
  type Disposable,
  type InitializeParams,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { CorpusStatusNotification, type CorpusStatus } from './protocol';
import type { SettingsStore, UnresSettings } from './settings';
import { Corpus } from './service/corpus/corpus';
import { loadCorpusOnThread, type IndexRequest } from './service/corpus/indexer';
import { loadCorpus, loadCorpusSync, type CorpusReaders, type LoadResult } from './service/corpus/load';
import { defaultReaders } from './service/corpus/readers';
import { findBuiltinCorpus, readerWorkerScript, userCacheDir } from './service/corpus/locations';
import type { CorpusProblem } from './service/corpus/types';

export interface CorpusServiceOptions {
  readonly readers: CorpusReaders;
  /** The server's version: caches of other versions are ignored. */
  readonly producer: string;
  /** The built-in corpus folder; found beside the bundle when not given. */
  readonly builtinDir?: string;
  readonly workspaceFolders: () => readonly string[];
}

/** Individual warnings per load; beyond them one summary points to the corpus status. */
const WARNINGS_SHOWN = 10;
const CHANGE_DELAY_MS = 300;

type Listener = (corpus: Corpus) => void;

interface LoadPlan {
  readonly paths: readonly string[];
  readonly cacheDir: string;
  /** Paths and cache folder as one string: equal plans load the same corpus. */
  readonly configuration: string;
}

export class CorpusService {
  private corpus = Corpus.fromResolutions([]);
  /** The identity (LoadResult.identity) of the files `corpus` was made of. */
  private identity: string | undefined;
  private state: CorpusStatus = { state: 'indexing', resolutions: 0, paragraphs: 0, wordings: 0, errors: [], source: 'builtin' };
  private storagePath: string | undefined;
  private watchesThroughClient = false;
  private relativePatterns = false;
  private ready: Promise<void> = Promise.resolve();
  private readonly warned = new Set<string>();
  private readonly listeners: Listener[] = [];
  private watchers: FSWatcher[] = [];
  private registration: Promise<Disposable> | undefined;
  private changeTimer: NodeJS.Timeout | undefined;
  /** The load in progress or last finished, with the paths and cache folder it was for. */
  private running: { readonly plan: LoadPlan; readonly controller: AbortController; readonly done: Promise<void> } | undefined;
  private folder: string | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly settings: SettingsStore,
    private readonly options: CorpusServiceOptions,
  ) {}

  /** The corpus to answer from now: the seeds while the configured corpus is indexed, then that. */
  get current(): Corpus {
    return this.corpus;
  }

  get status(): CorpusStatus {
    return this.state;
  }

  /** The cache folder in use; features keep what they derive from corpus files there (text renderings of AKN4UN files). */
  get cacheFolder(): string {
    return this.folder ?? userCacheDir();
  }

  /** Resolves when the load in progress (if any) has finished. */
  whenReady(): Promise<Corpus> {
    return this.ready.then(() => this.corpus);
  }

  /** Called when the corpus in use changes (features may drop what they computed from the old one). */
  onDidChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  initialize(params: InitializeParams): void {
    const options: unknown = params.initializationOptions;
    const storage = typeof options === 'object' && options !== null ? (options as { storagePath?: unknown }).storagePath : undefined;
    this.storagePath = typeof storage === 'string' && storage ? storage : undefined;
    const watching = params.capabilities.workspace?.didChangeWatchedFiles;
    this.watchesThroughClient = watching?.dynamicRegistration === true;
    this.relativePatterns = watching?.relativePatternSupport === true;
    this.connection.onDidChangeWatchedFiles(() => this.scheduleReindex());
    this.settings.onDidChange(() => this.reindex(false));
    this.loadSeeds();
  }

  /** The built-in seeds, read on this thread before the server answers `initialize` (no notification may precede that answer). */
  private loadSeeds(): void {
    const seeds = loadCorpusSync({ builtinDir: this.builtinDir(), paths: [], readers: this.options.readers });
    this.corpus = seeds.corpus;
    this.identity = seeds.identity;
    this.state = this.statusOf(seeds, 'indexing', 'builtin');
  }

  private builtinDir(): string {
    return this.options.builtinDir ?? findBuiltinCorpus(__dirname);
  }

  /** Starts indexing (after `initialized`). */
  start(): void {
    this.reindex(true);
  }

  /**
   * Loads the corpus the settings name. A settings change that leaves the corpus paths and cache folder
   * as they are neither restarts a load in progress nor repeats a finished one; a file change always does.
   */
  private reindex(filesChanged: boolean): void {
    this.ready = this.settings.get().then((settings) => {
      const plan = this.plan(settings);
      const running = this.running;
      if (!filesChanged && running?.plan.configuration === plan.configuration) return running.done;
      running?.controller.abort(new Error('corpus settings changed'));
      const controller = new AbortController();
      const done = this.load(plan, controller.signal).catch((error: unknown) => {
        if (controller.signal.aborted) return;
        this.publish({ ...this.state, state: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
      this.running = { plan, controller, done };
      return done;
    });
  }

  private plan(settings: UnresSettings): LoadPlan {
    const paths = settings.corpus.paths.map((path) => this.absolute(path));
    const cacheDir = this.cacheDir(settings);
    return { paths, cacheDir, configuration: JSON.stringify([paths, cacheDir]) };
  }

  private scheduleReindex(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.reindex(true), CHANGE_DELAY_MS);
  }

  private async load({ paths, cacheDir }: LoadPlan, signal: AbortSignal): Promise<void> {
    this.folder = cacheDir;
    const workers = readerWorkerScript();
    const common = { readers: this.options.readers, producer: this.options.producer, cacheDir, signal, ...(workers ? { workers } : {}) };
    const builtinDir = this.builtinDir();
    this.publish({ ...this.state, state: 'indexing', progress: 0 });
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin('Indexing the resolution corpus', 0, `${paths.length} path(s)`, false);
    try {
      const onProgress = (done: number, total: number) => {
        const percent = Math.round((100 * done) / Math.max(1, total));
        progress.report(percent, `${done} of ${total} files`);
        if (percent !== this.state.progress) this.publish({ ...this.state, progress: percent });
      };
      const result = await this.loadOffThread({ builtinDir, paths, cacheDir, producer: this.options.producer }, onProgress, signal).catch(
        (error: unknown) => {
          if (signal.aborted) throw error;
          return loadCorpus({ ...common, builtinDir, paths, onProgress });
        },
      );
      if (signal.aborted) return;
      this.use(result, 'ready', result.source);
      this.warn(result.problems);
      this.watch([...paths, builtinDir]);
    } finally {
      progress.done();
    }
  }

  /**
   * The whole load on an indexing thread (indexer.ts), when the bundle has its thread script and the
   * default readers are in use; any failure there falls back to loading on this thread.
   */
  private loadOffThread(request: IndexRequest, onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<LoadResult> {
    const script = readerWorkerScript();
    if (!script || this.options.readers !== defaultReaders) return Promise.reject(new Error('no indexing thread'));
    return loadCorpusOnThread(script, request, { onProgress, signal });
  }

  private use(result: LoadResult, state: CorpusStatus['state'], source: CorpusStatus['source']): void {
    const changed = result.identity !== this.identity;
    if (changed) {
      this.corpus = result.corpus;
      this.identity = result.identity;
    }
    this.publish(this.statusOf(result, state, source));
    if (changed) for (const listener of this.listeners) listener(this.corpus);
  }

  private statusOf(result: LoadResult, state: CorpusStatus['state'], source: CorpusStatus['source']): CorpusStatus {
    return {
      state,
      resolutions: result.corpus.resolutionCount,
      paragraphs: result.corpus.paragraphCount,
      wordings: result.corpus.entryCount,
      errors: result.problems.map(({ path, message }) => ({ path, message })),
      source,
      ...(result.cacheError ? { message: result.cacheError } : {}),
    };
  }

  private publish(status: CorpusStatus): void {
    this.state = status;
    void this.connection.sendNotification(CorpusStatusNotification, status);
  }

  private warn(problems: readonly CorpusProblem[]): void {
    const fresh = problems.filter((problem) => !this.warned.has(`${problem.path}\n${problem.stamp ?? ''}`));
    for (const problem of fresh) this.warned.add(`${problem.path}\n${problem.stamp ?? ''}`);
    for (const problem of fresh.slice(0, WARNINGS_SHOWN)) {
      this.showWarning(`Corpus file not indexed: ${problem.path}. ${problem.message}`);
    }
    if (fresh.length > WARNINGS_SHOWN) {
      this.showWarning(`${fresh.length - WARNINGS_SHOWN} more corpus files were not indexed; the corpus status lists them all.`);
    }
  }

  /** A window/showMessage notification: no buttons, nothing for the client to answer. */
  private showWarning(message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  }

  private absolute(path: string): string {
    if (isAbsolute(path)) return path;
    const folder = this.options.workspaceFolders()[0];
    return folder ? resolve(folder, path) : resolve(path);
  }

  private cacheDir(settings: UnresSettings): string {
    if (this.storagePath) return this.storagePath;
    if (settings.cacheDir) return this.absolute(settings.cacheDir);
    return userCacheDir();
  }

  private watch(roots: readonly string[]): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
    if (this.watchesThroughClient) {
      void this.registration?.then((registration) => registration.dispose());
      const watchers = roots.map((root) => ({ globPattern: globPattern(root, this.relativePatterns) }));
      this.registration = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
      return;
    }
    for (const root of roots) {
      try {
        const watcher = watch(root, { recursive: true, persistent: false }, () => this.scheduleReindex());
        watcher.on('error', () => watcher.close());
        this.watchers.push(watcher);
      } catch {
        // A path that cannot be watched (gone, or a file system without notifications) is re-read on the next settings change.
      }
    }
  }
}

/** A relative pattern where the client understands them, else an absolute glob. */
function globPattern(root: string, relative: boolean): GlobPattern {
  return relative ? { baseUri: URI.file(root).toString(), pattern: '**/*' } : `${root.replaceAll('\\', '/')}/**/*`;
}
