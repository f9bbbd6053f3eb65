// Benchmark section "parse": the parser on the 1,632 real resolutions of ../shared/corpus/unga/text
// (median <= 2 ms, p95 <= 10 ms per resolution), on the built-in seeds in their pasted layouts, on a
// draft retyped keystroke by keystroke (p95 <= 5 ms), and on hostile input: a 5 MB paste (<= 5 s,
// linear: 2.5 MB takes about half as long) and a paragraph of 100,000 characters on one line (<= 500 ms).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import type { BenchSection } from './bench';
import { round, timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const SEEDS = resolve(__dirname, '../../corpus');
const DRAFT = resolve(__dirname, '../../examples/draft-resolution.unres');

function timeParses(texts: readonly string[]): Latency {
  return timeEach(texts, wholeModel);
}

function timeOnce(text: string): number {
  const started = performance.now();
  wholeModel(text);
  return performance.now() - started;
}

/** The model as a draft's checks read it: with the parts the parser works out only when first asked. */
function wholeModel(text: string): ResolutionDocument {
  const model = parseResolution(text);
  void [model.lines, model.language, model.citations, model.crossReferences, model.isDeclaration];
  return model;
}

function describe(latency: Latency): string {
  return `median ${latency.p50Ms} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms (${latency.queries})`;
}

/** Every prefix of the draft at 200 points, as if typed: the parse behind each keystroke. */
function keystrokes(draft: string): string[] {
  return Array.from({ length: 200 }, (_, i) => draft.slice(0, Math.round(((i + 1) * draft.length) / 200)));
}

async function run(): Promise<Record<string, unknown>> {
  const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).map((file) => readFileSync(join(SEEDS, file), 'utf8'));
  seeds.forEach((seed) => parseResolution(seed));
  const seedLatency = timeParses(seeds);
  console.log(`built-in seeds: ${describe(seedLatency)}`);
  const typing = timeParses(keystrokes(readFileSync(DRAFT, 'utf8')));
  console.log(`draft retyped, one parse per keystroke: ${describe(typing)} (target p95 5)`);
  const corpus = existsSync(UNGA_TEXT) ? corpusFigures() : { skipped: `needs ${UNGA_TEXT}` };
  const hostile = hostileFigures(seeds.join('\n'));
  return { seeds: seedLatency, typing, corpus, hostile };
}

function corpusFigures() {
  const texts = readdirSync(UNGA_TEXT).map((file) => readFileSync(join(UNGA_TEXT, file), 'utf8'));
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const started = performance.now();
  const latency = timeParses(texts);
  const megabytesPerSecond = round(characters / 1e6 / ((performance.now() - started) / 1000));
  console.log(`1,632 resolutions: ${describe(latency)} (targets: median 2, p95 10); ${megabytesPerSecond} M characters/s`);
  return { ...latency, megabytesPerSecond };
}

function hostileFigures(seeds: string) {
  const half = seeds.repeat(Math.ceil(2_500_000 / seeds.length));
  const full = half + half;
  const halfMs = round(timeOnce(half));
  const fullMs = round(timeOnce(full));
  const line = `1. *Requests* the Secretary-General ${'to consider resolution 62/175 and document A/62/126, '.repeat(2000)}and to report.`;
  const longLineMs = round(timeOnce(line));
  console.log(`paste of ${(full.length / 1e6).toFixed(1)} M characters ${fullMs} ms (target 5000), half of it ${halfMs} ms; one line of ${line.length} characters ${longLineMs} ms (target 500)`);
  return { pasteCharacters: full.length, pasteMs: fullMs, halfPasteMs: halfMs, longLineCharacters: line.length, longLineMs };
}

export const parseBench: BenchSection = { name: 'parse', run };
