// The lint section of `npm run eval`: false alarms of the drafting checks on adopted text. Runs the
// built command line, `dist/cli.js lint --format json --corpus ../shared/corpus/unga`, over the 1,632
// resolutions of ../shared/corpus/unga/text (text the UN's editors already corrected, so nearly every
// error or warning there is a false alarm), and prints findings per 100 paragraphs by severity and by
// code, with examples. Goals: at most 0.3 errors and 1.5 warnings per 100 paragraphs.
//
//   npm run eval -- lint

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintFileResult } from '../../cli/src/commands/lint';
import { parseResolution } from '../../server/src/service/parse';
import type { EvalSection } from './eval';

const ROOT = resolve(__dirname, '../..');
const UNGA = resolve(ROOT, '../shared/corpus/unga');
const TEXT = join(UNGA, 'text');
const CLI = join(ROOT, 'dist/cli.js');
const GOALS = { error: 0.3, warning: 1.5 };
const EXAMPLES = 3;

type Counts = Record<'error' | 'warning' | 'information' | 'hint', number>;

export const lint: EvalSection = {
  name: 'lint',
  async run() {
    if (!existsSync(TEXT)) {
      console.log(`   skipped: ${TEXT} is absent`);
      return { skipped: true };
    }
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const files = readdirSync(TEXT).filter((name) => name.endsWith('.txt')).sort().map((name) => join(TEXT, name));
    const paragraphs = files.reduce((sum, file) => sum + parseResolution(readFileSync(file, 'utf8')).paragraphs.length, 0);
    const started = performance.now();
    const results = runCli(files);
    const seconds = (performance.now() - started) / 1000;
    return report(results, files.length, paragraphs, seconds);
  },
};

function runCli(files: readonly string[]): LintFileResult[] {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--corpus', UNGA, ...files], { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  if (run.status === 2 || !run.stdout) throw new Error(`unres lint failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as LintFileResult[];
}

function report(results: readonly LintFileResult[], fileCount: number, paragraphs: number, seconds: number): Record<string, unknown> {
  const per100 = (count: number) => Number(((100 * count) / Math.max(1, paragraphs)).toFixed(3));
  const totals: Counts = { error: 0, warning: 0, information: 0, hint: 0 };
  const byCode = new Map<string, { counts: Counts; files: Set<string>; examples: string[] }>();
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      totals[diagnostic.severity]++;
      const entry = byCode.get(diagnostic.code) ?? { counts: { error: 0, warning: 0, information: 0, hint: 0 }, files: new Set(), examples: [] };
      byCode.set(diagnostic.code, entry);
      entry.counts[diagnostic.severity]++;
      entry.files.add(result.file);
      if (entry.examples.length < EXAMPLES) entry.examples.push(`${shortName(result.file)}:${diagnostic.line}: ${diagnostic.message}`);
    }
  }
  console.log(`   ${fileCount} resolutions, ${paragraphs} paragraphs, linted in ${seconds.toFixed(1)} s`);
  for (const severity of ['error', 'warning', 'information'] as const) {
    const goal = severity === 'information' ? '' : `  (goal <= ${GOALS[severity]}: ${per100(totals[severity]) <= GOALS[severity] ? 'met' : 'NOT MET'})`;
    console.log(`   ${severity.padEnd(12)} ${String(totals[severity]).padStart(6)}  ${per100(totals[severity]).toFixed(3)} per 100 paragraphs${goal}`);
  }
  const codes = [...byCode].sort((a, b) => weight(b[1].counts) - weight(a[1].counts) || (a[0] < b[0] ? -1 : 1));
  console.log('   by code (errors, warnings, information; files):');
  for (const [code, entry] of codes) {
    const { error, warning, information } = entry.counts;
    console.log(`   ${code.padEnd(32)} E ${String(error).padStart(4)}  W ${String(warning).padStart(4)}  I ${String(information).padStart(5)}  (${entry.files.size} files, ${per100(error + warning + information).toFixed(3)}/100)`);
    for (const example of entry.examples) console.log(`       ${example}`);
  }
  return {
    resolutions: fileCount,
    paragraphs,
    seconds: Number(seconds.toFixed(1)),
    errorsPer100: per100(totals.error),
    warningsPer100: per100(totals.warning),
    informationPer100: per100(totals.information),
    totals,
    goalsMet: per100(totals.error) <= GOALS.error && per100(totals.warning) <= GOALS.warning,
    codes: Object.fromEntries(codes.map(([code, entry]) => [code, { ...entry.counts, files: entry.files.size }])),
  };
}

/** Errors first, then warnings: the order in which a drafter would be annoyed. */
function weight(counts: Counts): number {
  return counts.error * 1_000_000 + counts.warning * 1_000 + counts.information;
}

function shortName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
