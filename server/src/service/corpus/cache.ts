// The on-disk corpus cache: the index columns (indexData.ts), the resolutions' metadata and footnotes,
// and the list of corpus files with the stamp (size, mtime, metadata file) they were read
// at, so that an unchanged corpus loads without reading a single corpus file and a changed one
// re-reads only the files whose stamp changed (load.ts).
//
// Format (binary.ts): a magic string naming the format version and the producer's version, then
// columns. A cache of another version, a truncated or damaged one, is ignored (`readCache` returns
// undefined) and rebuilt by the caller. Writes go to a temporary file renamed into place, so a
// crash mid-write never leaves a half cache behind.

import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { BinaryReader, BinaryWriter, CacheFormatError } from './binary';
import type { IndexData, ResolutionRecord, TextColumn } from './indexData';
import type { CorpusFootnote, CorpusSourceKind, Vote } from './types';

const FORMAT = 6;
const SOURCE_KINDS: readonly CorpusSourceKind[] = ['builtin', 'text', 'akn'];

/** A corpus file as last read: its stamp, and the resolutions it gave (a range of `data.resolutions`) or its problem. */
export interface CachedFile {
  readonly path: string;
  readonly stamp: string;
  readonly firstResolution: number;
  readonly resolutionCount: number;
  readonly problem?: string;
}

export interface CacheContents {
  readonly files: readonly CachedFile[];
  readonly data: IndexData;
}

function magic(producer: string): string {
  return `unres${FORMAT}:${producer}`.slice(0, 16);
}

export function writeCache(path: string, producer: string, contents: CacheContents): void {
  const writer = new BinaryWriter();
  writeFiles(writer, contents.files);
  writeResolutions(writer, contents.data.resolutions);
  writeIndex(writer, contents.data);
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const file = openSync(temporary, 'w');
  try {
    for (const part of writer.toParts(magic(producer))) writeAll(file, part);
  } catch (error) {
    closeSync(file);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(file);
  renameSync(temporary, path);
}

function writeAll(file: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.byteLength; ) written += writeSync(file, bytes, written);
}

/** The cache at `path`, or undefined when it is absent, of another version, or damaged. */
export function readCache(path: string, producer: string): CacheContents | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const reader = new BinaryReader(bytes, magic(producer));
    const files = readFiles(reader);
    const resolutions = readResolutions(reader);
    const data = readIndex(reader, resolutions);
    if (!reader.atEnd) throw new CacheFormatError('unexpected trailing columns');
    checkConsistency(files, data);
    return { files, data };
  } catch (error) {
    if (error instanceof CacheFormatError || error instanceof RangeError || error instanceof TypeError) return undefined;
    throw error;
  }
}

function writeFiles(writer: BinaryWriter, files: readonly CachedFile[]): void {
  writer.column(Uint32Array.from(files, (file) => writer.string(file.path)));
  writer.column(Uint32Array.from(files, (file) => writer.string(file.stamp)));
  writer.column(Uint32Array.from(files, (file) => file.firstResolution));
  writer.column(Uint32Array.from(files, (file) => file.resolutionCount));
  writer.column(Uint32Array.from(files, (file) => writer.string(file.problem)));
}

function readFiles(reader: BinaryReader): CachedFile[] {
  const [paths, stamps, firsts, counts, problems] = [1, 2, 3, 4, 5].map(() => reader.column(Uint32Array));
  return Array.from(paths!, (path, i) => {
    const problem = reader.string(problems![i]!);
    return {
      path: reader.requiredString(path),
      stamp: reader.requiredString(stamps![i]!),
      firstResolution: firsts![i]!,
      resolutionCount: counts![i]!,
      ...(problem !== undefined ? { problem } : {}),
    };
  });
}

const STRING_FIELDS = ['symbol', 'part', 'date', 'meeting', 'title', 'path'] as const;

function writeResolutions(writer: BinaryWriter, resolutions: readonly ResolutionRecord[]): void {
  for (const field of STRING_FIELDS) writer.column(Uint32Array.from(resolutions, (r) => writer.string(r[field])));
  writer.column(Uint8Array.from(resolutions, (r) => SOURCE_KINDS.indexOf(r.sourceKind)));
  writer.column(Int32Array.from(resolutions, (r) => r.session ?? -1));
  writer.column(Uint32Array.from(resolutions, (r) => writer.string(r.vote?.adoption)));
  for (const count of ['inFavour', 'against', 'abstaining'] as const) {
    writer.column(Int32Array.from(resolutions, (r) => r.vote?.[count] ?? -1));
  }
  writeLists(writer, resolutions.map((r) => r.footnotes), (note) => [note.marker, note.text]);
}

/** Lists of two-string records, flattened: starts per resolution, then both string columns. */
function writeLists<T>(writer: BinaryWriter, lists: readonly (readonly T[])[], fields: (item: T) => [string, string?]): void {
  const starts = new Uint32Array(lists.length + 1);
  const first: number[] = [];
  const second: number[] = [];
  lists.forEach((list, i) => {
    for (const item of list) {
      const [a, b] = fields(item);
      first.push(writer.string(a));
      second.push(writer.string(b));
    }
    starts[i + 1] = first.length;
  });
  writer.column(starts);
  writer.column(Uint32Array.from(first));
  writer.column(Uint32Array.from(second));
}

function readLists<T>(reader: BinaryReader, count: number, make: (a: string, b: string | undefined) => T): T[][] {
  const starts = reader.column(Uint32Array);
  const first = reader.column(Uint32Array);
  const second = reader.column(Uint32Array);
  if (starts.length !== count + 1 || first.length !== second.length) throw new CacheFormatError('list columns disagree');
  return Array.from({ length: count }, (_, i) => {
    const items: T[] = [];
    for (let k = starts[i]!; k < starts[i + 1]!; k++) items.push(make(reader.requiredString(first[k]!), reader.string(second[k]!)));
    return items;
  });
}

function readResolutions(reader: BinaryReader): ResolutionRecord[] {
  const strings = STRING_FIELDS.map(() => reader.column(Uint32Array));
  const kinds = reader.column(Uint8Array);
  const sessions = reader.column(Int32Array);
  const adoptions = reader.column(Uint32Array);
  const [inFavour, against, abstaining] = [0, 1, 2].map(() => reader.column(Int32Array));
  const count = kinds.length;
  if (strings.some((column) => column.length !== count)) throw new CacheFormatError('resolution columns disagree');
  const footnotes = readLists<CorpusFootnote>(reader, count, (marker, text) => ({ marker, text: text ?? '' }));
  return Array.from({ length: count }, (_, i) => {
    const field = (k: number) => reader.string(strings[k]![i]!);
    const vote = readVote(reader.string(adoptions[i]!), inFavour![i]!, against![i]!, abstaining![i]!);
    const sourceKind = SOURCE_KINDS[kinds[i]!];
    if (!sourceKind) throw new CacheFormatError('unknown source kind');
    return compact({
      symbol: reader.requiredString(strings[0]![i]!),
      part: field(1),
      session: sessions[i]! >= 0 ? sessions[i] : undefined,
      date: field(2),
      meeting: field(3),
      title: field(4),
      vote,
      path: reader.requiredString(strings[5]![i]!),
      sourceKind,
      footnotes: footnotes[i]!,
    });
  });
}

function readVote(adoption: string | undefined, inFavour: number, against: number, abstaining: number): Vote | undefined {
  if (adoption === undefined && inFavour < 0 && against < 0 && abstaining < 0) return undefined;
  return compact({
    adoption,
    inFavour: inFavour >= 0 ? inFavour : undefined,
    against: against >= 0 ? against : undefined,
    abstaining: abstaining >= 0 ? abstaining : undefined,
  });
}

/** Drops undefined fields, so that a record read back equals the record written. */
function compact<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

function writeIndex(writer: BinaryWriter, data: IndexData): void {
  writeTexts(writer, data.entryText);
  writer.column(data.entryKind);
  writer.column(data.entryOpening);
  writer.column(data.parStart);
  writer.column(data.parEntry);
  writer.column(data.parNumber);
  writer.column(data.parEnding);
  writer.column(Uint32Array.from(data.words, (word) => writer.string(word)));
  writer.column(data.postStart);
  writer.column(data.postings);
  writer.column(data.prefixOrder);
  writer.column(data.keys.slots);
  writer.column(data.keys.hashes);
}

/** Paragraph texts as one UTF-8 column with byte offsets: decoded one at a time when asked for, never all at load. */
function writeTexts(writer: BinaryWriter, texts: TextColumn): void {
  const starts = new Uint32Array(texts.length + 1);
  for (let i = 0; i < texts.length; i++) starts[i + 1] = starts[i]! + Buffer.byteLength(texts.at(i), 'utf8');
  // One buffer written in place: a buffer per text and a concatenation cost twice as much.
  const joined = Buffer.allocUnsafe(starts[texts.length]!);
  for (let i = 0; i < texts.length; i++) joined.write(texts.at(i), starts[i]!, 'utf8');
  writer.column(starts);
  writer.column(new Uint8Array(joined.buffer, joined.byteOffset, joined.byteLength));
}

function readTexts(reader: BinaryReader): TextColumn {
  const starts = reader.column(Uint32Array);
  const bytes = reader.column(Uint8Array);
  if (starts.length === 0 || starts[starts.length - 1] !== bytes.length) throw new CacheFormatError('text column is damaged');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (index: number) => buffer.toString('utf8', starts[index], starts[index + 1]);
  return {
    length: starts.length - 1,
    at,
    // A UTF-16 code unit takes at most three UTF-8 bytes; a sequence cut at the end is past `chars`.
    head: (index, chars) => buffer.toString('utf8', starts[index], Math.min(starts[index + 1]!, starts[index]! + chars * 3)),
  };
}

function readIndex(reader: BinaryReader, resolutions: readonly ResolutionRecord[]): IndexData {
  return {
    resolutions,
    entryText: readTexts(reader),
    entryKind: reader.column(Uint8Array),
    entryOpening: reader.column(Uint16Array),
    parStart: reader.column(Uint32Array),
    parEntry: reader.column(Uint32Array),
    parNumber: reader.column(Uint16Array),
    parEnding: reader.column(Uint16Array),
    words: Array.from(reader.column(Uint32Array), (id) => reader.requiredString(id)),
    postStart: reader.column(Uint32Array),
    postings: reader.column(Uint32Array),
    prefixOrder: reader.column(Uint32Array),
    keys: { slots: reader.column(Uint32Array), hashes: reader.column(Uint32Array) },
  };
}

/** Cross-checks the columns' lengths and references, so that a damaged cache never reaches a query. */
function checkConsistency(files: readonly CachedFile[], data: IndexData): void {
  const entries = data.entryText.length;
  const paragraphs = data.parEntry.length;
  const checks = [
    data.entryKind.length === entries && data.entryOpening.length === entries,
    data.parStart.length === data.resolutions.length + 1 && data.parStart[data.resolutions.length] === paragraphs,
    data.parNumber.length === paragraphs && data.parEnding.length === paragraphs,
    data.postStart.length === data.words.length + 1 && data.postStart[data.words.length] === data.postings.length,
    data.prefixOrder.length === entries && data.keys.slots.length === data.keys.hashes.length,
    data.parEntry.every((entry) => entry < entries) && data.postings.every((entry) => entry < entries),
    data.prefixOrder.every((entry) => entry < entries) && data.keys.slots.every((slot) => slot <= entries),
    files.every((file) => file.firstResolution + file.resolutionCount <= data.resolutions.length),
  ];
  if (checks.includes(false)) throw new CacheFormatError('columns disagree');
  if (data.keys.slots.length & (data.keys.slots.length - 1)) throw new CacheFormatError('key table size');
}
