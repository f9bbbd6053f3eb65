// Benchmark section "lint": full diagnostics (parse and every drafting check) of a 60- and a
// 400-paragraph draft, with the corpus of the 1,632 adopted resolutions indexed and its lexicon built
// (the state of an editor after start-up). Targets: p95 <= 30 ms (60 paragraphs), <= 150 ms (400).
// The drafts are real paragraphs of session-78 resolutions, a preamble then numbered operative
// paragraphs, each run starting at another resolution so that no two drafts are alike. The five
// slowest checks are listed, to show where the time goes.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import { parseResolution } from '../../server/src/service/parse';
import type { ResolutionDocument } from '../../server/src/service/model';
import { checkDraft, rules } from '../../server/src/service/rules';
import type { RuleContext } from '../../server/src/service/rules/rule';
import type { BenchSection } from './bench';
import { timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const SIZES = [
  { paragraphs: 60, runs: 200, targetP95Ms: 30 },
  { paragraphs: 400, runs: 60, targetP95Ms: 150 },
] as const;

export const lintBench: BenchSection = {
  name: 'lint',
  async run() {
    if (!existsSync(UNGA_TEXT)) return { skipped: `needs ${UNGA_TEXT}` };
    const cacheDir = mkdtempSync(join(tmpdir(), 'unres-bench-lint-'));
    try {
      const corpus = (await loadCorpus({ paths: [UNGA_TEXT], cacheDir, readers: defaultReaders, producer: version })).corpus;
      const pool = paragraphPool();
      const figures: Record<string, unknown> = {};
      for (const size of SIZES) figures[`paragraphs${size.paragraphs}`] = measure(corpus, pool, size.paragraphs, size.runs, size.targetP95Ms);
      return figures;
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
};

interface Pool {
  readonly preambular: readonly string[];
  readonly operative: readonly string[];
}

/** Preambular and operative paragraphs (one line each, as the corpus text files have them) of session 78. */
function paragraphPool(): Pool {
  const preambular: string[] = [];
  const operative: string[] = [];
  for (const name of readdirSync(UNGA_TEXT).filter((file) => file.startsWith('A_RES_78_')).sort()) {
    // Footnote markers are dropped: the drafts carry no footnotes of their own.
    for (const line of readFileSync(join(UNGA_TEXT, name), 'utf8').replace(/\[\d{1,3}\]/g, '').split('\n')) {
      if (/^\*[A-Z][^*]{2,60}\* /.test(line) && line.endsWith(',')) preambular.push(line);
      else if (/^\d{1,3}\. \*[A-Z]/.test(line)) operative.push(line.replace(/^\d{1,3}\. /, ''));
    }
  }
  return { preambular, operative };
}

/** A draft of `size` paragraphs, two fifths preambular, starting at `offset` in the pool. */
function draftText(pool: Pool, size: number, offset: number): string {
  const preambleSize = Math.round(size * 0.4);
  const preamble = Array.from({ length: preambleSize }, (_, i) => pool.preambular[(offset + i) % pool.preambular.length]);
  const operative = Array.from({ length: size - preambleSize }, (_, i) => {
    const text = pool.operative[(offset * 3 + i) % pool.operative.length] ?? '';
    const last = i === size - preambleSize - 1;
    return `${i + 1}. ${last ? text.replace(/;$/, '.') : text.replace(/\.$/, ';')}`;
  });
  return ['United Nations', 'A/78/L.99', 'General Assembly', '', 'A draft resolution for the benchmark', '', '*The General Assembly*,', ...[...preamble, ...operative].flatMap((p) => ['', p]), ''].join('\n');
}

function measure(corpus: Corpus, pool: Pool, size: number, runs: number, targetP95Ms: number): Record<string, unknown> {
  const drafts = Array.from({ length: runs }, (_, i) => draftText(pool, size, i * 7));
  const context = { corpus, options: { quotes: 'typographic' as const } };
  checkDraft(parseResolution(drafts[0] ?? ''), context);
  const documents = drafts.map(parseResolution);
  const checks = timeEach(documents, (document) => checkDraft(document, context));
  const full = timeEach(drafts, (text) => checkDraft(parseResolution(text), context));
  const findings = documents.reduce((sum, document) => sum + checkDraft(document, context).length, 0) / documents.length;
  console.log(`${size} paragraphs (${documents[0]?.paragraphs.length ?? 0} parsed, ${findings.toFixed(1)} findings on average):`);
  console.log(`  parse + checks ${describe(full)} (target p95 ${targetP95Ms}); checks alone ${describe(checks)}`);
  const slowest = slowestChecks(documents, context);
  console.log(`  slowest checks (mean ms a draft): ${slowest.map(([code, ms]) => `${code} ${ms}`).join(', ')}`);
  return { full, checks, targetP95Ms, met: full.p95Ms <= targetP95Ms, slowest: Object.fromEntries(slowest) };
}

/** The five checks that take longest on these drafts: where to look when the targets are missed. */
function slowestChecks(documents: readonly ResolutionDocument[], context: RuleContext): [string, number][] {
  const times = rules.map((rule): [string, number] => {
    const started = performance.now();
    for (const document of documents) rule.check(document, context);
    return [rule.code, Number(((performance.now() - started) / documents.length).toFixed(2))];
  });
  return times.sort((a, b) => b[1] - a[1]).slice(0, 5);
}

function describe(latency: Latency): string {
  return `p50 ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms`;
}
