// Finds the corpus files under the configured paths (folders recursively, or single files) with their
// size, modification time and metadata file, without reading them. Hidden entries and node_modules
// are skipped; files that cannot be resolutions (images, JSON, ...) are left out silently, while
// documents in formats we do not read (PDF, Word) are reported, so the drafter knows to convert them.

import { statSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { METADATA_FILES } from './metadata';
import type { CorpusProblem } from './types';

export interface ScannedFile {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** The metadata file (index.jsonl or manifest.json) of the nearest folder that has one. */
  readonly metadataPath?: string;
  /** Changes whenever the file or its metadata file changes: the cache key of what the file gave. */
  readonly stamp: string;
  readonly builtin: boolean;
}

export interface CorpusRoot {
  readonly path: string;
  readonly builtin?: boolean;
}

const READ_EXTENSIONS = new Set(['.txt', '.text', '.unres', '.xml', '.akn', '']);
const UNREAD_DOCUMENTS = new Set(['.pdf', '.doc', '.docx', '.rtf', '.odt', '.html', '.htm']);
const MAX_DEPTH = 24;

export function scanCorpus(roots: readonly CorpusRoot[]): { files: ScannedFile[]; problems: CorpusProblem[] } {
  const files: ScannedFile[] = [];
  const problems: CorpusProblem[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const path = resolve(root.path);
    const stats = statOrUndefined(path);
    if (!stats) problems.push({ path, message: 'This corpus path does not exist or cannot be read.' });
    else if (stats.isDirectory()) walk(path, 0, nearestMetadata(dirname(path)), { files, problems, seen, builtin: root.builtin === true });
    else addFile(path, stats, nearestMetadata(dirname(path)), { files, problems, seen, builtin: root.builtin === true });
  }
  return { files, problems };
}

interface Walk {
  readonly files: ScannedFile[];
  readonly problems: CorpusProblem[];
  readonly seen: Set<string>;
  readonly builtin: boolean;
}

function walk(folder: string, depth: number, inherited: Metadata | undefined, state: Walk): void {
  const real = realOrSelf(folder);
  if (depth > MAX_DEPTH || state.seen.has(real)) return;
  state.seen.add(real);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    state.problems.push({ path: folder, message: 'This corpus folder cannot be read.' });
    return;
  }
  const metadata = ownMetadata(folder, names) ?? inherited;
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules' || (METADATA_FILES as readonly string[]).includes(name)) continue;
    const path = join(folder, name);
    const stats = statOrUndefined(path);
    if (stats?.isDirectory()) walk(path, depth + 1, metadata, state);
    else if (stats?.isFile()) addFile(path, stats, metadata, state);
  }
}

interface Metadata {
  readonly path: string;
  readonly stamp: string;
}

function ownMetadata(folder: string, names: readonly string[]): Metadata | undefined {
  const name = METADATA_FILES.find((candidate) => names.includes(candidate));
  if (!name) return undefined;
  const path = join(folder, name);
  const stats = statOrUndefined(path);
  return stats ? { path, stamp: `${stats.size}:${stats.mtimeMs}` } : undefined;
}

/**
 * For a file named on its own: the metadata file of its folder or of one of the two above
 * (unga/index.jsonl for unga/text/x.txt); for a folder named on its own, that of the folder above it
 * or of one of the two above that (unga/index.jsonl for unga/text).
 */
function nearestMetadata(folder: string): Metadata | undefined {
  for (let level = 0, current = folder; level < 3; level++, current = dirname(current)) {
    const names = METADATA_FILES.filter((name) => statOrUndefined(join(current, name))?.isFile());
    const found = ownMetadata(current, names);
    if (found) return found;
  }
  return undefined;
}

function addFile(path: string, stats: Stats, metadata: Metadata | undefined, state: Walk): void {
  const extension = extname(path).toLowerCase();
  if (UNREAD_DOCUMENTS.has(extension)) {
    state.problems.push({ path, message: `${extension.slice(1).toUpperCase()} files are not read: save the resolution as plain text.` });
    return;
  }
  if (!READ_EXTENSIONS.has(extension) || state.seen.has(path)) return;
  state.seen.add(path);
  state.files.push({
    path,
    size: stats.size,
    mtimeMs: stats.mtimeMs,
    ...(metadata ? { metadataPath: metadata.path } : {}),
    stamp: `${stats.size}:${stats.mtimeMs}|${metadata?.stamp ?? ''}`,
    builtin: state.builtin,
  });
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
