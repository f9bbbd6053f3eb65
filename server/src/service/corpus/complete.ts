// Completion of agreed language: whole corpus paragraphs that continue what the drafter typed.
//
// The typed words are reduced to a completion key (lower-case words) and found by binary search in
// the entries sorted by that key (`AgreedLanguageIndex.prefixRange`); only the entries in that range
// are ranked, never the whole corpus. Rank (higher first):
//   1.0 × frequency   log(1 + paragraphs with this wording) / log(1 + the most frequent wording's)
//   0.5 × recency     adoption day of its most recent resolution, scaled over the corpus's span
//   2.0 × series      best title affinity of its resolutions to the draft's title (series.ts)
//   2.0 × relatives   share of the draft's other paragraphs that its resolutions hold verbatim
//   0.5 × kind        the wording is of the kind of paragraph being written
// Openings (phrases and verbs) complete from their corpus counts.

import type { ParagraphKind } from '../model';
import { describeSources, type AdoptedWording, type AgreedLanguageIndex } from './agreedLanguage';
import { kindCode, PREFIX_KEY_LENGTH } from './indexData';
import { completionKey, withoutParagraphNumber } from './normalize';
import type { SeriesIndex } from './series';

export interface CompletionContext {
  /** The kind of paragraph being written, when known. */
  readonly kind?: ParagraphKind;
  /** The draft's title: wordings of the same series rank first. */
  readonly title?: string;
  /** The draft's other paragraphs: resolutions holding them verbatim are the draft's relatives. */
  readonly draftParagraphs?: readonly string[];
  /** How many suggestions (default 10). */
  readonly limit?: number;
  /** Fewer typed words than this give no suggestion (default 3). */
  readonly minWords?: number;
}

export interface AgreedLanguageSuggestion extends AdoptedWording {
  /** How many corpus paragraphs have this wording. */
  readonly occurrences: number;
  /** "A/RES/66/181, op. 12; A/RES/64/179, op. 10". */
  readonly sourceLabel: string;
  readonly score: number;
}

const WEIGHTS = { frequency: 1, recency: 0.5, series: 2, relatives: 2, kind: 0.5 };

interface Signals {
  readonly kind: number;
  readonly series?: Float32Array;
  readonly relatives?: Float32Array;
  readonly firstDay: number;
  readonly daySpan: number;
  readonly logMaxOccurrences: number;
}

export function completeParagraph(
  index: AgreedLanguageIndex,
  series: SeriesIndex,
  typed: string,
  context: CompletionContext = {},
): AgreedLanguageSuggestion[] {
  const text = withoutParagraphNumber(typed);
  const words = completionKey(text);
  if (words.split(' ').filter(Boolean).length < (context.minWords ?? 3)) return [];
  const key = /\s$/.test(text) ? `${words} ` : words;
  const [from, to] = index.prefixRange(key);
  const signals = gatherSignals(index, series, context);
  const best = new TopScores(context.limit ?? 10);
  for (let position = firstContinuation(index, from, to, key); position < to; position++) {
    const entry = index.data.prefixOrder[position] ?? 0;
    if (key.length >= PREFIX_KEY_LENGTH && !continues(index, entry, key)) continue;
    best.offer(entry, score(index, entry, signals));
  }
  return best.sorted().map(({ entry, score }) => suggestion(index, entry, score));
}

/** Entries whose words are exactly the typed ones sort first in the range: they complete nothing. */
function firstContinuation(index: AgreedLanguageIndex, from: number, to: number, key: string): number {
  let position = from;
  while (position < to && index.prefixKey(index.data.prefixOrder[position] ?? 0) === key.trimEnd()) position++;
  return position;
}

/** Beyond the sort key's length, the range only narrows by it: confirm the whole typed key. */
function continues(index: AgreedLanguageIndex, entry: number, key: string): boolean {
  const entryKey = completionKey(index.text(entry), key.length + 1);
  return entryKey.length > key.trimEnd().length && entryKey.startsWith(key);
}

function gatherSignals(index: AgreedLanguageIndex, series: SeriesIndex, context: CompletionContext): Signals {
  const span = corpusSpan(index);
  return {
    kind: context.kind ? kindCode(context.kind) : -1,
    ...(context.title ? { series: series.affinity(context.title) } : {}),
    ...(context.draftParagraphs?.length ? { relatives: relatives(index, context.draftParagraphs) } : {}),
    ...span,
  };
}

interface CorpusSpan {
  readonly firstDay: number;
  readonly daySpan: number;
  readonly logMaxOccurrences: number;
}

const spans = new WeakMap<AgreedLanguageIndex, CorpusSpan>();

/** The corpus's adoption days and largest occurrence count, once per index. */
function corpusSpan(index: AgreedLanguageIndex): CorpusSpan {
  let span = spans.get(index);
  if (span) return span;
  let [firstDay, lastDay, most] = [Infinity, -Infinity, 1];
  for (const day of index.adoptionDay) [firstDay, lastDay] = [Math.min(firstDay, day), Math.max(lastDay, day)];
  for (let entry = 0; entry < index.entryCount; entry++) most = Math.max(most, index.occurrences(entry));
  span = { firstDay: Number.isFinite(firstDay) ? firstDay : 0, daySpan: Math.max(1, lastDay - firstDay), logMaxOccurrences: Math.log1p(most) };
  spans.set(index, span);
  return span;
}

const lastRelatives = new WeakMap<AgreedLanguageIndex, { key: string; weights: Float32Array }>();

/** `relativeWeights`, remembered for the last draft asked about: its other paragraphs rarely change between keystrokes. */
function relatives(index: AgreedLanguageIndex, paragraphs: readonly string[]): Float32Array {
  const key = paragraphs.join('\u0000');
  const last = lastRelatives.get(index);
  if (last?.key === key) return last.weights;
  const weights = relativeWeights(index, paragraphs);
  lastRelatives.set(index, { key, weights });
  return weights;
}

/** Per resolution: the share of the draft's paragraphs it holds verbatim, scaled so the closest relative has 1. */
function relativeWeights(index: AgreedLanguageIndex, paragraphs: readonly string[]): Float32Array {
  const weights = new Float32Array(index.resolutions.length);
  let max = 0;
  for (const paragraph of paragraphs) {
    const entry = index.exact(paragraph);
    if (entry < 0) continue;
    const seen = new Set<number>();
    for (let occ = index.occStart[entry] ?? 0; occ < (index.occStart[entry + 1] ?? 0); occ++) {
      const resolution = index.occResolution[occ] ?? 0;
      if (seen.has(resolution)) continue;
      seen.add(resolution);
      max = Math.max(max, ++weights[resolution]!);
    }
  }
  if (max > 0) for (let r = 0; r < weights.length; r++) weights[r]! /= max;
  return weights;
}

function score(index: AgreedLanguageIndex, entry: number, signals: Signals): number {
  const occurrences = index.occurrences(entry);
  const latestDay = index.adoptionDay[index.entryLatest[entry] ?? 0] ?? 0;
  let series = 0;
  let relatives = 0;
  for (let occ = index.occStart[entry] ?? 0; occ < (index.occStart[entry + 1] ?? 0); occ++) {
    const resolution = index.occResolution[occ] ?? 0;
    series = Math.max(series, signals.series?.[resolution] ?? 0);
    relatives = Math.max(relatives, signals.relatives?.[resolution] ?? 0);
  }
  return (
    (WEIGHTS.frequency * Math.log1p(occurrences)) / signals.logMaxOccurrences +
    (WEIGHTS.recency * (latestDay - signals.firstDay)) / signals.daySpan +
    WEIGHTS.series * series +
    WEIGHTS.relatives * relatives +
    (index.data.entryKind[entry] === signals.kind ? WEIGHTS.kind : 0)
  );
}

function suggestion(index: AgreedLanguageIndex, entry: number, score: number): AgreedLanguageSuggestion {
  const wording = index.adopted(entry);
  return { ...wording, occurrences: index.occurrences(entry), sourceLabel: describeSources(wording.sources), score };
}

/** The `limit` best-scored entries seen so far (ties: the entry met first). */
class TopScores {
  private readonly items: { entry: number; score: number }[] = [];

  constructor(private readonly limit: number) {}

  offer(entry: number, score: number): void {
    if (this.items.length === this.limit && score <= this.items[this.items.length - 1]!.score) return;
    let at = this.items.length;
    while (at > 0 && this.items[at - 1]!.score < score) at--;
    this.items.splice(at, 0, { entry, score });
    if (this.items.length > this.limit) this.items.pop();
  }

  sorted(): readonly { entry: number; score: number }[] {
    return this.items;
  }
}
