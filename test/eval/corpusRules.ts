// Runs drafting rules over the adopted resolutions of ../shared/corpus/unga/text (text the UN's editors
// already corrected, so nearly every finding there is a false alarm) and counts findings per rule code
// and per 100 paragraphs, with examples. The corpus facts come from the same texts plus the built-in
// seeds, as a user who points `unres.corpus.paths` at ../shared/corpus/unga would have them (and as
// `npm run eval` lints with `--corpus`).
//
//   node --import tsx test/eval/corpusRules.ts [code ...]    figures for R2's rules (or the codes named)

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CorpusFacts } from '../../server/src/service/corpus/facts';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import type { Severity } from '../../server/src/service/findings';
import { parseResolution } from '../../server/src/service/parse';
import type { Rule, RuleContext } from '../../server/src/service/rules/rule';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');
export const UNGA_TEXT = join(UNGA, 'text');
const BUILTIN = resolve(__dirname, '../../corpus');

export interface CodeFigures {
  readonly code: string;
  readonly findings: number;
  readonly bySeverity: Record<Severity, number>;
  readonly files: number;
  readonly examples: readonly string[];
}

export interface CorpusRun {
  readonly files: number;
  readonly paragraphs: number;
  readonly codes: readonly CodeFigures[];
}

/** The corpus facts of the built-in seeds plus the UN corpus texts (cached in the temporary folder). */
export async function ungaFacts(): Promise<CorpusFacts> {
  const result = await loadCorpus({
    builtinDir: BUILTIN,
    paths: [UNGA],
    cacheDir: join(tmpdir(), 'unres-eval-cache'),
    readers: defaultReaders,
    producer: 'eval',
  });
  return result.corpus;
}

export function runRulesOnCorpus(rules: readonly Rule[], context: RuleContext, exampleCount = Number(process.env.EXAMPLES ?? 8)): CorpusRun {
  const names = readdirSync(UNGA_TEXT).filter((name) => name.endsWith('.txt')).sort();
  const figures = new Map<string, { findings: number; bySeverity: Record<Severity, number>; files: Set<string>; examples: string[] }>();
  let paragraphs = 0;
  for (const name of names) {
    const document = parseResolution(readFileSync(join(UNGA_TEXT, name), 'utf8'));
    paragraphs += document.paragraphs.length;
    for (const rule of rules) {
      for (const finding of rule.check(document, context)) {
        const entry = figures.get(rule.code) ?? { findings: 0, bySeverity: { error: 0, warning: 0, information: 0, hint: 0 }, files: new Set(), examples: [] };
        figures.set(rule.code, entry);
        entry.findings++;
        entry.bySeverity[finding.severity ?? rule.defaultSeverity]++;
        entry.files.add(name);
        if (entry.examples.length < exampleCount) entry.examples.push(`${name}: ${excerpt(document.text, finding.span)} — ${finding.message}`);
      }
    }
  }
  const codes = rules.map((rule) => {
    const entry = figures.get(rule.code);
    return {
      code: rule.code,
      findings: entry?.findings ?? 0,
      bySeverity: entry?.bySeverity ?? { error: 0, warning: 0, information: 0, hint: 0 },
      files: entry?.files.size ?? 0,
      examples: entry?.examples ?? [],
    };
  });
  return { files: names.length, paragraphs, codes };
}

function excerpt(text: string, span: { start: number; end: number }): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 40);
  return `…${before}⟦${text.slice(span.start, span.end)}⟧${after}…`.replace(/\s+/g, ' ');
}

export function formatRun(run: CorpusRun): string {
  const per100 = (n: number) => ((100 * n) / Math.max(1, run.paragraphs)).toFixed(3);
  const lines = [`${run.files} resolutions, ${run.paragraphs} paragraphs`];
  for (const code of run.codes) {
    const { error, warning, information, hint } = code.bySeverity;
    lines.push(`${code.code}: ${code.findings} findings in ${code.files} files (${per100(code.findings)} per 100 paragraphs; E ${error} W ${warning} I ${information} H ${hint})`);
    for (const example of code.examples) lines.push(`    ${example}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(UNGA_TEXT)) {
    console.log(`skipped: ${UNGA_TEXT} is absent`);
    return;
  }
  const { r2Rules } = await import('./r2Rules');
  const wanted = process.argv.slice(2);
  const rules = wanted.length > 0 ? r2Rules.filter((rule) => wanted.includes(rule.code)) : r2Rules;
  const corpus = await ungaFacts();
  console.log(formatRun(runRulesOnCorpus(rules, { corpus, options: { quotes: 'typographic' } })));
}

if (require.main === module) void main();
