// Benchmark section "shaping": Format Document, the italic openings behind the semantic tokens, on-type
// formatting after Enter, renumbering and moving a paragraph, on real text. Targets: Format Document
// of an adopted resolution (its parse already shared with the other features) median <= 5 ms and p95
// <= 30 ms; the semantic tokens' openings of the sample draft <= 2 ms; Enter (a fresh parse included)
// p95 <= 20 ms; renumbering the resolution with the most operative paragraphs <= 100 ms; moving a paragraph of the sample draft
// p95 <= 100 ms; Format Document of a 5 MB paste <= 5 s and of a 100,000-character line <= 500 ms.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatResolution } from '../../server/src/service/format/format';
import { italicOpenings } from '../../server/src/service/format/italics';
import { moveParagraph } from '../../server/src/service/format/moveParagraph';
import { onEnter } from '../../server/src/service/format/onEnter';
import { renumberOperativeParagraphs } from '../../server/src/service/format/renumber';
import type { ResolutionDocument } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import type { BenchSection } from './bench';
import { round, timeEach, type Latency } from './workload';

const UNGA_TEXT = resolve(__dirname, '../../../shared/corpus/unga/text');
const SEEDS = resolve(__dirname, '../../corpus');
const DRAFT = resolve(__dirname, '../../examples/draft-resolution.unres');

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

function describe(figures: Latency): string {
  return `median ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms (${figures.queries})`;
}

function formatTimes(models: readonly ResolutionDocument[]): Latency {
  models.slice(0, 20).forEach((model) => formatResolution(model));
  return timeEach(models, formatResolution);
}

async function run(): Promise<Record<string, unknown>> {
  const draft = readFileSync(DRAFT, 'utf8');
  const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).map((file) => parseResolution(readFileSync(join(SEEDS, file), 'utf8')));
  const seedFormat = formatTimes(seeds);
  console.log(`Format Document, built-in seeds in their pasted layouts: ${describe(seedFormat)}`);
  const corpus = existsSync(UNGA_TEXT) ? corpusFigures() : { skipped: `needs ${UNGA_TEXT}` };
  const editing = editingFigures(draft);
  const hostile = hostileFigures(seeds.map((seed) => seed.text).join('\n'));
  return { seedFormat, corpus, ...editing, hostile };
}

function corpusFigures() {
  const texts = readdirSync(UNGA_TEXT).map((file) => readFileSync(join(UNGA_TEXT, file), 'utf8'));
  const models = texts.map((text) => parseResolution(text));
  const format = formatTimes(models);
  console.log(`Format Document, 1,632 resolutions: ${describe(format)} (targets: median 5, p95 30)`);
  const longest = models.reduce((a, b) => (b.operative.length > a.operative.length ? b : a));
  const renumberMs = round(timed(() => renumberOperativeParagraphs(longest)));
  console.log(`renumbering the resolution with the most operative paragraphs (${longest.operative.length}, ${longest.crossReferences.length} cross-references): ${renumberMs} ms (target 100)`);
  return { format, longestOperative: longest.operative.length, renumberLongestMs: renumberMs };
}

function editingFigures(draft: string) {
  const model = parseResolution(draft);
  italicOpenings(model);
  const openings = timeEach(Array.from({ length: 50 }, () => model), italicOpenings);
  console.log(`italic openings (semantic tokens) of the sample draft: ${describe(openings)} (target 2)`);
  const ends = model.paragraphs.map((paragraph) => paragraph.span.end);
  const typed = ends.map((end) => ({ text: `${draft.slice(0, end)}\n${draft.slice(end)}`, at: end + 1 }));
  const enter = timeEach(typed, ({ text, at }) => onEnter(parseResolution(text), at));
  console.log(`Enter at the end of each paragraph of the sample draft, parse included: ${describe(enter)} (target p95 20)`);
  const moves = timeEach(model.operative, (paragraph) => moveParagraph(model, paragraph.span.start, 'down'));
  console.log(`moving each operative paragraph of the sample draft down: ${describe(moves)} (target p95 100)`);
  return { openings, enter, moves };
}

function hostileFigures(seeds: string) {
  const paste = seeds.repeat(Math.ceil(5_000_000 / seeds.length));
  const pasteModel = parseResolution(paste);
  const pasteMs = round(timed(() => formatResolution(pasteModel)));
  const line = `1. Requests the Secretary-General ${'to consider resolution 62/175 and document A/62/126, '.repeat(2000)}and to report.`;
  const lineModel = parseResolution(line);
  const longLineMs = round(timed(() => formatResolution(lineModel)));
  console.log(`Format Document of a paste of ${(paste.length / 1e6).toFixed(1)} M characters: ${pasteMs} ms (target 5000); of one line of ${line.length} characters: ${longLineMs} ms (target 500)`);
  return { pasteCharacters: paste.length, pasteMs, longLineCharacters: line.length, longLineMs };
}

export const shapingBench: BenchSection = { name: 'shaping', run };
