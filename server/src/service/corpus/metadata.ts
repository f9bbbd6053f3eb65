// Metadata a corpus folder may carry beside its files: `index.jsonl` (one line per resolution, as in
// the UN corpus: symbol, title, session, adoption date, meeting, vote, and the relative paths of its
// text and xml files) and the built-in corpus's `manifest.json` (file, symbol, session, adopted,
// meeting, title). Both tell what a text may lack; a malformed line is skipped, never fatal.

import { readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Vote } from './types';

export interface ResolutionMetadata {
  readonly symbol?: string;
  readonly session?: number;
  readonly date?: string;
  readonly meeting?: string;
  readonly title?: string;
  readonly vote?: Vote;
}

export const METADATA_FILES = ['index.jsonl', 'manifest.json'] as const;

/** Metadata by absolute file path, from the metadata file at `path` (in folder `folder`). */
export function readMetadataFile(path: string, folder: string): Map<string, ResolutionMetadata> {
  const byPath = new Map<string, ResolutionMetadata>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return byPath;
  }
  const records = path.endsWith('.jsonl') ? text.split('\n').map(parseJson) : manifestDocuments(parseJson(text));
  for (const record of records) {
    if (!isRecord(record)) continue;
    const metadata = toMetadata(record);
    for (const field of ['text', 'xml', 'file']) {
      const relative = record[field];
      if (typeof relative === 'string') byPath.set(normalize(join(folder, relative)), metadata);
    }
  }
  return byPath;
}

function parseJson(line: string): unknown {
  try {
    return line.trim() ? JSON.parse(line) : undefined;
  } catch {
    return undefined;
  }
}

function manifestDocuments(manifest: unknown): unknown[] {
  return isRecord(manifest) && Array.isArray(manifest.documents) ? manifest.documents : [];
}

function toMetadata(record: Record<string, unknown>): ResolutionMetadata {
  const session = Number(record.session);
  const vote = toVote(record);
  return {
    ...optionalString('symbol', record.symbol),
    ...(Number.isInteger(session) && session > 0 ? { session } : {}),
    ...optionalString('date', isoDate(record.adoption_date ?? record.adopted)),
    ...optionalString('meeting', record.adoption_meeting ?? record.meeting),
    ...optionalString('title', record.title),
    ...(vote ? { vote } : {}),
  };
}

function toVote(record: Record<string, unknown>): Vote | undefined {
  const vote: Vote = {
    ...optionalString('adoption', record.adoption_type),
    ...optionalCount('inFavour', record.MS_in_favour_count),
    ...optionalCount('against', record.MS_against_count),
    ...optionalCount('abstaining', record.MS_abstaining_count),
  };
  return Object.keys(vote).length > 0 ? vote : undefined;
}

function optionalString<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  return typeof value === 'string' && value.trim() ? ({ [key]: value.trim() } as { [P in K]?: string }) : {};
}

function optionalCount<K extends string>(key: K, value: unknown): { [P in K]?: number } {
  const count = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(count) ? ({ [key]: count } as { [P in K]?: number }) : {};
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "2011-12-19" as is; "19 December 2011" -> "2011-12-19"; anything else undefined. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = /^(\d{1,2})[\s\u00a0]+([A-Za-z]+)[\s\u00a0]+(\d{4})$/.exec(text);
  const month = match ? MONTHS.indexOf(match[2]!.toLowerCase()) : -1;
  if (!match || month < 0) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
