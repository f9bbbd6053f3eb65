// `unres lint [--corpus PATH]... [--format text|json] FILE...`: the drafting checks of the language
// server, from the command line. JSON: `[{file, diagnostics: [{line, column, endLine, endColumn,
// severity, code, message}]}]`, lines and columns 1-based in UTF-16 code units, `endColumn` exclusive.
// Text: one `file:line:column: severity code message` a line. Exit code 0 without errors, 1 with
// errors, 2 when a file cannot be read (reported as a `file-unreadable` diagnostic; binary files too).
// Rule levels and quotes come from the nearest `.unresrc.json` ({"rules": {...}, "quotes": ...}) in
// the draft's folder or above it; the corpus is the built-in seeds plus each --corpus path.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadCommandCorpus } from './corpus';
import { corpusAndFormatOptions, knownFormat } from './options';
import type { CorpusFacts } from '../../../server/src/service/corpus/facts';
import type { Severity } from '../../../server/src/service/findings';
import { parseResolution } from '../../../server/src/service/parse';
import { checkDraft } from '../../../server/src/service/rules';
import type { RuleLevel, RuleOptions } from '../../../server/src/service/rules/rule';

export interface LintOptions {
  readonly corpus: readonly string[];
  readonly format: 'json' | 'text';
  /** Defaults to the user's cache folder. */
  readonly cacheDir?: string;
}

export interface LintDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface LintFileResult {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnostic[];
}

export interface LintRun {
  readonly output: string;
  readonly exitCode: 0 | 1 | 2;
  /** Messages for standard error: corpus files not indexed, configuration files ignored. */
  readonly warnings: readonly string[];
}

interface Configuration {
  readonly levels: Readonly<Record<string, RuleLevel>>;
  readonly options: RuleOptions;
}

/** A draft larger than this is no draft (the longest adopted resolution is under 400 kB). */
export const MAX_DRAFT_BYTES = 16 * 1024 * 1024;
const CONFIG_FILE = '.unresrc.json';
const levels = new Set<string>(['off', 'hint', 'information', 'warning', 'error']);

const LINT_FORMATS = ['text', 'json'] as const;

export function registerLint(program: Command): void {
  const command = program
    .command('lint')
    .description('check drafts against the drafting conventions and the corpus of adopted resolutions')
    .argument('<files...>', 'draft resolutions (plain text)');
  corpusAndFormatOptions(command, LINT_FORMATS).action(
    async (files: string[], options: { corpus: string[]; format: string }) => {
      if (!knownFormat('lint', options.format, LINT_FORMATS)) return;
      const run = await runLint(files, { corpus: options.corpus, format: options.format });
      for (const warning of run.warnings) console.error(`unres lint: ${warning}`);
      process.stdout.write(run.output);
      process.exitCode = run.exitCode;
    },
  );
}

export async function runLint(files: readonly string[], options: LintOptions): Promise<LintRun> {
  const warnings: string[] = [];
  const corpus = await lintCorpus(options, warnings);
  const configurations = new Map<string, Configuration>();
  const results = files.map((file) => lintFile(file, corpus, configurationFor(file, configurations, warnings)));
  const output =
    options.format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : results.flatMap(textLines).join('');
  return { output, exitCode: exitCodeOf(results), warnings };
}

async function lintCorpus(options: LintOptions, warnings: string[]): Promise<CorpusFacts> {
  const loaded = await loadCommandCorpus(options.corpus, options.cacheDir);
  for (const problem of loaded.problems) warnings.push(`corpus file not indexed: ${problem.path}: ${problem.message}`);
  return loaded.corpus;
}

function lintFile(file: string, corpus: CorpusFacts, configuration: Configuration): LintFileResult {
  const read = readDraft(file);
  if (typeof read !== 'string') return { file, diagnostics: [unreadable(read.reason)] };
  const document = parseResolution(read);
  const findings = checkDraft(document, { corpus, options: configuration.options }, configuration.levels);
  return {
    file,
    diagnostics: findings.map((finding) => {
      const start = document.lines.positionAt(finding.span.start);
      const end = document.lines.positionAt(finding.span.end);
      return {
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: finding.severity,
        code: finding.code,
        message: finding.message,
      };
    }),
  };
}

/** The draft's text, or why it cannot be linted: missing, a folder, too large, binary, not UTF-8. */
export function readDraft(file: string): string | { readonly reason: string } {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) return { reason: `${file} is a folder, not a draft` };
    if (statSync(file).size > MAX_DRAFT_BYTES)
      return { reason: `${file} is larger than ${MAX_DRAFT_BYTES / 1024 / 1024} MB: not a draft resolution` };
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { reason: `cannot read ${file}: ${reason}` };
  }
  if (isBinary(bytes)) return { reason: `${file} is a binary file, not a draft resolution in plain text` };
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: `${file} is not UTF-8 text: save the draft as UTF-8` };
  }
}

/** NUL bytes, or many control characters, in the first 8 kB: an image, a PDF, a word-processor file. */
function isBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

function unreadable(reason: string): LintDiagnostic {
  return { line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'file-unreadable', message: reason };
}

/** The nearest `.unresrc.json` in the draft's folder or above, read once per folder. */
function configurationFor(file: string, cache: Map<string, Configuration>, warnings: string[]): Configuration {
  const folder = dirname(resolve(file));
  const cached = cache.get(folder);
  if (cached) return cached;
  const path = nearestConfig(folder);
  const configuration = path ? readConfiguration(path, warnings) : defaultConfiguration;
  cache.set(folder, configuration);
  return configuration;
}

const defaultConfiguration: Configuration = { levels: {}, options: { quotes: 'typographic' } };

function nearestConfig(from: string): string | undefined {
  for (let folder = from; ; folder = dirname(folder)) {
    const candidate = join(folder, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}

function readConfiguration(path: string, warnings: string[]): Configuration {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    warnings.push(`ignoring ${path}: ${(error as Error).message}`);
    return defaultConfiguration;
  }
  const source = isRecord(raw) ? raw : {};
  const rules = isRecord(source.rules) ? source.rules : {};
  for (const [code, level] of Object.entries(rules))
    if (!levels.has(String(level)))
      warnings.push(`${path}: ignoring "${code}": "${String(level)}" (use off, hint, information, warning or error)`);
  return {
    levels: Object.fromEntries(
      Object.entries(rules).filter((entry): entry is [string, RuleLevel] => levels.has(String(entry[1]))),
    ),
    options: { quotes: source.quotes === 'straight' ? 'straight' : 'typographic' },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textLines(result: LintFileResult): string[] {
  return result.diagnostics.map((d) => `${result.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}\n`);
}

function exitCodeOf(results: readonly LintFileResult[]): 0 | 1 | 2 {
  const diagnostics = results.flatMap((result) => result.diagnostics);
  if (diagnostics.some((d) => d.code === 'file-unreadable')) return 2;
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}
