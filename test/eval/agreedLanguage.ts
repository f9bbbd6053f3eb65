// Agreed language on real text: sessions 74–77 of ../shared/corpus/unga (chosen through index.jsonl)
// are the corpus; the resolutions of session 78 are the drafts.
//   (a) every session-78 paragraph that occurs verbatim in 74–77 (up to whitespace and italics
//       markers) must get that paragraph as its precedent with similarity 1 (target recall >= 0.99);
//   (b) cut back to its first five words inside its own resolution (title and other paragraphs as
//       context), the completion must offer the whole paragraph among its first five (target >= 80 %);
//   (c) every status must agree with the documented thresholds (precedent.ts).
// The verbatim ground truth is computed here with its own normalization, not with the index's keys.

import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { version } from '../../package.json';
import type { Corpus } from '../../server/src/service/corpus/corpus';
import { corpusParagraphText } from '../../server/src/service/corpus/fromModel';
import { loadCorpus } from '../../server/src/service/corpus/load';
import { readerWorkerScript } from '../../server/src/service/corpus/locations';
import { ADAPTED_SIMILARITY, precedentStatus } from '../../server/src/service/corpus/precedent';
import { defaultReaders } from '../../server/src/service/corpus/readers';
import type { ParagraphKind } from '../../server/src/service/model';
import { parseResolution } from '../../server/src/service/parse';
import type { EvalSection } from './eval';

const UNGA = resolve(__dirname, '../../../shared/corpus/unga');

interface IndexLine {
  readonly symbol: string;
  readonly session: string;
  readonly title: string;
  readonly text: string;
}

interface DraftParagraph {
  readonly kind: ParagraphKind;
  readonly text: string;
  readonly verbatim: boolean;
}

interface Draft {
  readonly symbol: string;
  readonly title: string;
  readonly paragraphs: readonly DraftParagraph[];
}

/** The ground truth's own normal form: italics markers gone, whitespace collapsed. */
function verbatimForm(text: string): string {
  return text.replaceAll('*', '').replace(/\s+/g, ' ').trim();
}

function indexLines(): IndexLine[] {
  return readFileSync(join(UNGA, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as IndexLine);
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}

async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(join(UNGA, 'index.jsonl'))) return { skipped: `needs ${UNGA}` };
  const lines = indexLines();
  const corpusFiles = lines.filter((line) => Number(line.session) >= 74 && Number(line.session) <= 77).map((line) => join(UNGA, line.text));
  const started = performance.now();
  const loaded = await loadCorpus({ paths: corpusFiles, cacheDir: join(tmpdir(), 'unres-eval-agreed-language'), readers: defaultReaders, producer: version, workers: readerWorkerScript() });
  console.log(`corpus: ${loaded.corpus.resolutionCount} resolutions of sessions 74-77, ${loaded.corpus.paragraphCount} paragraphs, ${loaded.corpus.entryCount} wordings (${loaded.source}, ${Math.round(performance.now() - started)} ms)`);
  const known = new Set(everyCorpusParagraph(loaded.corpus));
  const drafts = lines.filter((line) => line.session === '78').map((line) => readDraft(line, known));
  return { corpus: { resolutions: loaded.corpus.resolutionCount, paragraphs: loaded.corpus.paragraphCount, wordings: loaded.corpus.entryCount }, ...measure(loaded.corpus, drafts) };
}

function everyCorpusParagraph(corpus: Corpus): string[] {
  const keys: string[] = [];
  for (let i = 0; i < corpus.resolutionCount; i++) {
    for (const paragraph of corpus.resolutionAt(i).paragraphs) keys.push(`${paragraph.kind}\n${verbatimForm(paragraph.text)}`);
  }
  return keys;
}

function readDraft(line: IndexLine, known: ReadonlySet<string>): Draft {
  const document = parseResolution(readFileSync(join(UNGA, line.text), 'utf8'));
  return {
    symbol: line.symbol,
    title: line.title,
    paragraphs: document.paragraphs.map((paragraph) => {
      const text = corpusParagraphText(paragraph);
      return { kind: paragraph.kind, text, verbatim: known.has(`${paragraph.kind}\n${verbatimForm(text)}`) };
    }),
  };
}

interface Figures {
  readonly drafts: number;
  readonly paragraphs: number;
  readonly precedent: { verbatimParagraphs: number; verbatimShare: number; recall: number; p50Ms: number; p95Ms: number };
  readonly completion: { asked: number; skippedFiveWordsOrFewer: number; top1: number; top5: number; p50Ms: number; p95Ms: number };
  readonly status: { agreed: number; adapted: number; new: number; inconsistent: number; thresholds: { agreed: number; adapted: number } };
}

function measure(corpus: Corpus, drafts: readonly Draft[]): Figures {
  const precedent = { verbatim: 0, found: 0, misses: [] as string[], times: [] as number[] };
  const statuses = { agreed: 0, adapted: 0, new: 0, inconsistent: 0 };
  const completion = { asked: 0, tooShort: 0, top1: 0, top5: 0, times: [] as number[], misses: [] as string[] };
  let paragraphs = 0;
  for (const draft of drafts) {
    draft.paragraphs.forEach((paragraph, index) => {
      paragraphs++;
      const started = performance.now();
      const match = corpus.precedent(paragraph.text, paragraph.kind);
      precedent.times.push(performance.now() - started);
      statuses[match.status]++;
      if (!consistent(match.status, match.similarity)) statuses.inconsistent++;
      if (!paragraph.verbatim) return;
      precedent.verbatim++;
      if (match.similarity === 1 && sameWording(match.closest?.text ?? '', paragraph.text)) precedent.found++;
      else if (precedent.misses.length < 5) precedent.misses.push(`${draft.symbol}: ${paragraph.text.slice(0, 100)} (similarity ${match.similarity})`);
      completeCutParagraph(corpus, draft, index, completion);
    });
  }
  const figures: Figures = {
    drafts: drafts.length,
    paragraphs,
    precedent: {
      verbatimParagraphs: precedent.verbatim,
      verbatimShare: round(precedent.verbatim / Math.max(1, paragraphs)),
      recall: round(precedent.found / Math.max(1, precedent.verbatim)),
      p50Ms: round(percentile(precedent.times, 0.5), 3),
      p95Ms: round(percentile(precedent.times, 0.95), 3),
    },
    completion: {
      asked: completion.asked,
      skippedFiveWordsOrFewer: completion.tooShort,
      top1: round(completion.top1 / Math.max(1, completion.asked)),
      top5: round(completion.top5 / Math.max(1, completion.asked)),
      p50Ms: round(percentile(completion.times, 0.5), 3),
      p95Ms: round(percentile(completion.times, 0.95), 3),
    },
    status: { ...statuses, thresholds: { agreed: 1, adapted: ADAPTED_SIMILARITY } },
  };
  report(figures, precedent.misses, completion.misses);
  return figures;
}

/** The same words up to whitespace, italics and the final punctuation mark (which depends on position). */
function sameWording(a: string, b: string): boolean {
  const strip = (text: string) => verbatimForm(text).replace(/[;,.:]$/, '');
  return strip(a) === strip(b);
}

function consistent(status: string, similarity: number): boolean {
  if (similarity < 0 || similarity > 1) return false;
  if (status === 'agreed') return similarity === 1;
  if (status === 'adapted') return similarity >= ADAPTED_SIMILARITY && similarity < 1;
  return similarity < ADAPTED_SIMILARITY && status === precedentStatus(similarity);
}

function completeCutParagraph(
  corpus: Corpus,
  draft: Draft,
  index: number,
  completion: { asked: number; tooShort: number; top1: number; top5: number; times: number[]; misses: string[] },
): void {
  const paragraph = draft.paragraphs[index]!;
  const words = verbatimForm(paragraph.text).split(' ');
  if (words.length <= 5) {
    completion.tooShort++;
    return;
  }
  const others = draft.paragraphs.filter((_, other) => other !== index).map((other) => other.text);
  const started = performance.now();
  const suggestions = corpus.completeParagraph(words.slice(0, 5).join(' '), { title: draft.title, kind: paragraph.kind, draftParagraphs: others, limit: 5 });
  completion.times.push(performance.now() - started);
  completion.asked++;
  const rank = suggestions.findIndex((suggestion) => sameWording(suggestion.text, paragraph.text));
  if (rank === 0) completion.top1++;
  if (rank >= 0) completion.top5++;
  else if (completion.misses.length < 5) completion.misses.push(`${draft.symbol}: "${words.slice(0, 5).join(' ')}" -> ${suggestions[0]?.text.slice(0, 80) ?? 'nothing'}`);
}

function report(figures: Figures, precedentMisses: readonly string[], completionMisses: readonly string[]): void {
  console.log(`drafts: ${figures.drafts} resolutions of session 78, ${figures.paragraphs} paragraphs`);
  console.log(`(a) verbatim in 74-77: ${figures.precedent.verbatimParagraphs} (${(100 * figures.precedent.verbatimShare).toFixed(1)} %); precedent with similarity 1: recall ${figures.precedent.recall} (target >= 0.99)`);
  for (const miss of precedentMisses) console.log(`    missed: ${miss}`);
  console.log(`(b) completion after five words: top-5 ${figures.completion.top5} (target >= 0.80), top-1 ${figures.completion.top1}; ${figures.completion.asked} asked, ${figures.completion.skippedFiveWordsOrFewer} paragraphs of five words or fewer skipped`);
  for (const miss of completionMisses) console.log(`    missed: ${miss}`);
  const status = figures.status;
  console.log(`(c) status: agreed ${status.agreed}, adapted ${status.adapted}, new ${status.new}; inconsistent with the thresholds: ${status.inconsistent}`);
  console.log(`    precedent p50 ${figures.precedent.p50Ms} ms, p95 ${figures.precedent.p95Ms} ms; completion p50 ${figures.completion.p50Ms} ms, p95 ${figures.completion.p95Ms} ms`);
}

export const agreedLanguage: EvalSection = { name: 'agreedLanguage', run };
