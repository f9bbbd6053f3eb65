// `unres parse [--corpus PATH]... --format json FILE`: the structure the parser reads in a draft or an
// adopted resolution, as JSON:
//   {symbol, session, title,
//    preambular: [{line, opening, text}],
//    operative: [{line, number, verb, text, subparagraphs: [{line, label, text}]}],
//    footnotes: [{marker, line, text}],
//    citations: [{line, kind, symbol, date}]}
// Lines are 1-based; absent values are null; sub-paragraphs are listed in document order, (i) items
// after the lettered item they belong to. An unreadable file is one line on stderr and exit code 2.

import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import type { ResolutionDocument, Subparagraph } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { collect } from './options';

export interface ParseOutput {
  readonly symbol: string | null;
  readonly session: number | null;
  readonly title: string | null;
  readonly preambular: readonly { line: number; opening: string | null; text: string }[];
  readonly operative: readonly {
    line: number;
    number: number | null;
    verb: string | null;
    text: string;
    subparagraphs: readonly { line: number; label: string; text: string }[];
  }[];
  readonly footnotes: readonly { marker: string; line: number; text: string }[];
  readonly citations: readonly { line: number; kind: string; symbol: string; date: string | null }[];
}

export interface CommandResult {
  readonly output: string;
  readonly error?: string;
  readonly exitCode: number;
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('print the structure of a resolution: paragraphs, openings, footnotes and citations')
    .argument('<file>', 'a draft or adopted resolution (plain UTF-8 text)')
    .option(
      '--corpus <path>',
      'a folder or file of adopted resolutions (accepted for symmetry with lint and precedents)',
      collect,
      [],
    )
    .option('--format <format>', 'output format: json', 'json')
    .action((file: string, options: { corpus: string[]; format: string }) => {
      const result = runParse(file, options);
      if (result.error) console.error(result.error);
      process.stdout.write(result.output);
      process.exitCode = result.exitCode;
    });
}

export function runParse(file: string, options: { corpus: readonly string[]; format: string }): CommandResult {
  if (options.format !== 'json') return failure(`unknown format "${options.format}" (use json)`);
  const badCorpus = options.corpus.find((path) => !exists(path));
  if (badCorpus !== undefined) return failure(`corpus path not found: ${badCorpus}`);
  const text = readDraft(file);
  if (typeof text !== 'string') return failure(text.error);
  return { output: `${JSON.stringify(toOutput(parseResolution(text)), null, 2)}\n`, exitCode: 0 };
}

function failure(message: string): CommandResult {
  return { output: '', error: `unres parse: ${message}`, exitCode: 2 };
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The file's text, or why it cannot be parsed: missing, a folder, binary, not UTF-8, or XML. */
function readDraft(file: string): string | { error: string } {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) return { error: `${file} is a folder, not a resolution file` };
    bytes = readFileSync(file);
  } catch (problem) {
    const code = (problem as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'unknown error'})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { error: `${file} is a binary file, not a resolution in plain text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: `${file} is not UTF-8 text` };
  }
  if (/^\s*(?:<\?xml[^>]*>\s*)?<akomaNtoso[\s>]/.test(text.slice(0, 2000))) {
    return { error: `${file} is AKN4UN XML; parse reads resolutions in plain text` };
  }
  return text.replace(/^\uFEFF/, '');
}

function toOutput(document: ResolutionDocument): ParseOutput {
  const line = (offset: number) => document.lines.positionAt(offset).line + 1;
  return {
    symbol: document.symbol?.value ?? null,
    session: document.session ?? null,
    title: document.title?.text ?? null,
    preambular: document.preambular.map((paragraph) => ({
      line: line(paragraph.span.start),
      opening: paragraph.opening?.text ?? null,
      text: paragraph.text,
    })),
    operative: document.operative.map((paragraph) => ({
      line: line(paragraph.span.start),
      number: paragraph.number ?? null,
      verb: paragraph.opening?.text ?? null,
      text: paragraph.text,
      subparagraphs: flatten(paragraph.subparagraphs).map((sub) => ({
        line: line(sub.span.start),
        label: sub.label,
        text: sub.text,
      })),
    })),
    footnotes: document.footnotes.map((footnote) => ({
      marker: footnote.marker,
      line: line(footnote.markerSpan.start),
      text: footnote.text,
    })),
    citations: document.citations.map((citation) => ({
      line: line(citation.span.start),
      kind: citation.kind,
      symbol: citation.symbol,
      date: citation.date ?? null,
    })),
  };
}

function flatten(subparagraphs: readonly Subparagraph[]): Subparagraph[] {
  return subparagraphs.flatMap((sub) => [sub, ...flatten(sub.children)]);
}
