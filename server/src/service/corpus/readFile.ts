// Reads one corpus file: refuses what is not a resolution (empty, huge, binary) with a sentence a
// drafter can act on, decodes the bytes, and hands the text to the reader of its kind (plain text or
// AKN4UN XML). `readPreparedFile` goes on to prepare the resolutions for the index (prepared.ts), as
// the reader threads do.

import { readFileSync } from 'node:fs';
import type { ResolutionMetadata } from './metadata';
import { prepareResolutions, type PreparedResolutions } from './prepared';
import type { ScannedFile } from './scan';
import type { CorpusResolution, CorpusSourceKind } from './types';

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

/** A file to read: where it is, its size, whether it is one of the built-in seeds. */
export type FileToRead = Pick<ScannedFile, 'path' | 'size' | 'builtin'>;

/** What a file gave, ready for the index: its resolutions prepared, or none and why. */
export interface PreparedFile {
  readonly prepared: PreparedResolutions;
  readonly problem?: string;
}

/** Files above this size are not resolutions (the longest in the UN corpus is under 400 kB). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export function readPreparedFile(file: FileToRead, readers: CorpusReaders, metadata?: ResolutionMetadata): PreparedFile {
  const { resolutions, problem } = readCorpusFile(file, readers, metadata);
  return { prepared: prepareResolutions(resolutions), ...(problem !== undefined ? { problem } : {}) };
}

/** One file's resolutions, or the reason it gave none. */
export function readCorpusFile(file: FileToRead, readers: CorpusReaders, metadata?: ResolutionMetadata): { resolutions: readonly CorpusResolution[]; problem?: string } {
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
  const length = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control > length * 0.1;
}

/** UTF-8 (a BOM dropped), or Windows-1252-ish Latin-1 when the bytes are not valid UTF-8. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
