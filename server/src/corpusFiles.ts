// Where an editor opens a corpus resolution: its own file at its title line (the built-in seeds in the
// extension's corpus folder, a user's text files as themselves), or, for a resolution read from AKN4UN
// XML, a text rendering written to the cache folder, read-only, so that every editor (VS Code, Neovim)
// can open it as a plain file.

import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Corpus } from './service/corpus/corpus';
import type { ResolutionRecord } from './service/corpus/indexData';
import type { CorpusResolution } from './service/corpus/types';
import { findTitle, renderResolutionText } from './service/lookup/corpusText';
import { LineIndex } from './service/text/lineIndex';
import { rangeOf } from './ranges';

export interface CorpusLocation {
  readonly uri: string;
  /** The title line. */
  readonly range: Range;
}

/** The sub-folder of the cache folder that holds text renderings of AKN4UN resolutions. */
export const RENDERINGS_FOLDER = 'resolutions';

export class CorpusFiles {
  private readonly known = new Map<string, { stamp: string; location: CorpusLocation }>();
  /** Renderings made for each corpus: a new corpus (re-indexed files, changed metadata) renders them again. */
  private readonly renderings = new WeakMap<Corpus, Map<string, CorpusLocation>>();

  /**
   * `cacheFolder` gives the folder the corpus cache is in (renderings go to its `resolutions/`);
   * `corpus` the corpus in use, whose paragraphs a rendering is made of.
   */
  constructor(
    private readonly cacheFolder: () => string,
    private readonly corpus: () => Corpus,
  ) {}

  /** Where to open `resolution`; undefined when its file is gone or cannot be read. */
  locate(resolution: ResolutionRecord): CorpusLocation | undefined {
    if (resolution.sourceKind === 'akn') return this.rendered(resolution);
    const stamp = fileStamp(resolution.path);
    if (stamp === undefined) return undefined;
    const key = `${resolution.symbol}\n${resolution.path}`;
    const known = this.known.get(key);
    if (known?.stamp === stamp) return known.location;
    const location = inFile(resolution);
    if (location) this.known.set(key, { stamp, location });
    return location;
  }

  /** A link that opens the resolution at its title (`file:///…#L17`, the line fragment VS Code understands). */
  openLink(resolution: ResolutionRecord): string | undefined {
    const location = this.locate(resolution);
    return location ? `${location.uri}#L${location.range.start.line + 1}` : undefined;
  }

  private rendered(record: ResolutionRecord): CorpusLocation | undefined {
    const corpus = this.corpus();
    let made = this.renderings.get(corpus);
    if (!made) {
      made = new Map();
      this.renderings.set(corpus, made);
    }
    const known = made.get(record.symbol);
    if (known && existsSync(URI.parse(known.uri).fsPath)) return known;
    const resolution = 'paragraphs' in record ? (record as CorpusResolution) : corpus.resolution(record.symbol);
    if (!resolution) return undefined;
    const { text, title } = renderResolutionText(resolution);
    const folder = join(this.cacheFolder(), RENDERINGS_FOLDER);
    const path = join(folder, `${resolution.symbol.replace(/[^A-Za-z0-9.-]+/g, '_')}.txt`);
    try {
      if (readOrEmpty(path) !== text) writeReadOnly(folder, path, text);
    } catch {
      return undefined;
    }
    const location = { uri: URI.file(path).toString(), range: rangeOf(new LineIndex(text), title) };
    made.set(record.symbol, location);
    return location;
  }
}

function inFile(resolution: ResolutionRecord): CorpusLocation | undefined {
  let text: string;
  try {
    text = readFileSync(resolution.path, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  const title = findTitle(text, resolution) ?? { start: 0, end: 0 };
  return { uri: URI.file(resolution.path).toString(), range: rangeOf(new LineIndex(text), title) };
}

function fileStamp(path: string): string | undefined {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return undefined;
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Written beside and renamed into place (a read-only file cannot be overwritten), then left read-only. */
function writeReadOnly(folder: string, path: string, text: string): void {
  mkdirSync(folder, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o444 });
  renameSync(temporary, path);
}
