// `unres precedents [--corpus PATH]... [--format json|text] FILE`: the closest adopted wording of every
// paragraph of a draft. JSON (the default) is an array with one entry per paragraph:
//   {line, kind, number, precedent: {symbol, kind, number, similarity, text} | null, status}
// `line` is 1-based; `number` is null for preambular paragraphs; `precedent` is null when the status
// is `new`; `similarity` is in [0, 1], 1 only for the same words (rounded down to three decimals).
// The corpus is the built-in seeds plus each --corpus folder or file, cached in the user's cache folder.

import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadCommandCorpus } from './corpus';
import { corpusAndFormatOptions, knownFormat } from './options';
import { draftPrecedents, type ParagraphPrecedent } from '../../../server/src/service/corpus/draftPrecedents';
import { parseResolution } from '../../../server/src/service/parse';

export interface PrecedentsOptions {
  readonly corpus: readonly string[];
  readonly format: 'json' | 'text';
  /** Defaults to the user's cache folder. */
  readonly cacheDir?: string;
}

export interface PrecedentEntry {
  readonly line: number;
  readonly kind: 'preambular' | 'operative';
  readonly number: number | null;
  readonly precedent: {
    readonly symbol: string;
    readonly kind: 'preambular' | 'operative';
    readonly number: number | null;
    readonly similarity: number;
    readonly text: string;
  } | null;
  readonly status: 'agreed' | 'adapted' | 'new';
}

const PRECEDENTS_FORMATS = ['json', 'text'] as const;

export function registerPrecedents(program: Command): void {
  const command = program
    .command('precedents')
    .description('find the closest adopted wording of every paragraph of a draft')
    .argument('<file>', 'the draft resolution (plain text)');
  corpusAndFormatOptions(command, PRECEDENTS_FORMATS).action(
    async (file: string, options: { corpus: string[]; format: string }) => {
      if (!knownFormat('precedents', options.format, PRECEDENTS_FORMATS)) return;
      const { output, exitCode } = await runPrecedents(file, { corpus: options.corpus, format: options.format });
      process.stdout.write(output);
      process.exitCode = exitCode;
    },
  );
}

/** What the command prints, and its exit code (2 when the draft cannot be read). */
export async function runPrecedents(
  file: string,
  options: PrecedentsOptions,
): Promise<{ output: string; exitCode: number }> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    console.error(`unres precedents: cannot read ${file}: ${reason}`);
    return { output: '', exitCode: 2 };
  }
  const loaded = await loadCommandCorpus(options.corpus, options.cacheDir);
  for (const problem of loaded.problems)
    console.error(`unres precedents: corpus file not indexed: ${problem.path}: ${problem.message}`);
  const document = parseResolution(text);
  const entries = draftPrecedents(document, loaded.corpus).map((item) =>
    toEntry(item, document.lines.positionAt(item.paragraph.span.start).line + 1),
  );
  const output = options.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : entries.map(textLine).join('');
  return { output, exitCode: 0 };
}

function toEntry({ paragraph, match }: ParagraphPrecedent, line: number): PrecedentEntry {
  const closest = match.status === 'new' ? undefined : match.closest;
  return {
    line,
    kind: paragraph.kind,
    number: paragraph.kind === 'operative' ? (paragraph.number ?? null) : null,
    precedent: closest
      ? {
          symbol: closest.resolution.symbol,
          kind: closest.kind,
          number: closest.kind === 'operative' ? (closest.number ?? null) : null,
          similarity: Math.floor(match.similarity * 1000) / 1000,
          text: closest.text,
        }
      : null,
    status: match.status,
  };
}

/** "12  op. 3   agreed   1.000  A/RES/77/136, op. 1". */
function textLine(entry: PrecedentEntry): string {
  const where = entry.kind === 'operative' ? `op. ${entry.number ?? '?'}` : 'pp.';
  const precedent = entry.precedent;
  const source = precedent
    ? `${precedent.similarity.toFixed(3)}  ${precedent.symbol}${precedent.number ? `, op. ${precedent.number}` : ''}`
    : '';
  return `${String(entry.line).padStart(4)}  ${where.padEnd(8)} ${entry.status.padEnd(8)} ${source}\n`;
}
