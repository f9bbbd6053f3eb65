// The opening phrases (preambular) and operative verbs a paragraph may start with, ranked by how many
// adopted paragraphs open with each: the rulebook's counts over 1,632 resolutions and the counts of
// the corpus the user has, the larger of the two.
//
// "Also"/"Further" forms are offered only where the previous paragraph calls for them (rulebook,
// `also-further-sequence`): after "Requests", "Also requests"; after "Also requests", "Further
// requests"; after "Further requests" the cycle starts again bare. Elsewhere they would be a slip, so
// they are left out. The adverb goes first in the operative part and after the phrase in the preamble
// ("Recalling also", "Noting with concern also"), inside a perfect participle ("Having also
// considered"); where the corpus knows another placement better, its most used form wins.

import type { Corpus } from '../corpus/corpus';
import { commonOperativePhrases, commonPreambularPhrases } from '../lexicon';
import type { Opening, ParagraphKind } from '../model';

export interface OpeningChoice {
  readonly opening: string;
  readonly kind: ParagraphKind;
  /** Adopted paragraphs that open with it (0 for a form the corpus has never used). */
  readonly count: number;
  /** For an "Also"/"Further" form: the opening of the previous paragraph it continues. */
  readonly continues?: string;
}

interface CountedOpening {
  readonly opening: string;
  readonly count: number;
}

const SEQUENCE_WORD = /(?:^|\s)(?:also|further)(?:\s|$)/i;

/** Openings starting with the typed text (italics markers and case aside), the previous paragraph's sequence form first. */
export function openingChoices(typed: string, kind: ParagraphKind, corpus: Corpus, previous?: Opening, limit = 20): OpeningChoice[] {
  const prefix = typed.replaceAll('*', '').trimStart().toLowerCase();
  const counts = openingCounts(corpus, kind);
  const sequence = previous ? sequenceChoice(previous, kind, counts) : undefined;
  const wanted = (opening: string) => opening.toLowerCase().startsWith(prefix);
  const heading = sequence && (wanted(sequence.opening) || wanted(sequence.continues ?? '')) ? [sequence] : [];
  const plain = [...counts.values()]
    .filter((candidate) => !SEQUENCE_WORD.test(candidate.opening) && wanted(candidate.opening))
    .map((candidate) => ({ ...candidate, kind }));
  return [...heading, ...plain].slice(0, limit);
}

/** The form of the previous paragraph's opening that the next paragraph with the same head takes. */
function sequenceChoice(previous: Opening, kind: ParagraphKind, counts: ReadonlyMap<string, CountedOpening>): OpeningChoice | undefined {
  if (previous.sequenceAdverb === 'further') return undefined;
  const adverb = previous.sequenceAdverb === 'also' ? 'further' : 'also';
  const bare = withoutSequenceAdverb(previous.text);
  const forms = kind === 'operative' ? [`${capitalized(adverb)} ${lowerFirst(bare)}`] : preambularForms(bare, adverb);
  const counted = forms.map((form) => ({ form, count: counts.get(form.toLowerCase())?.count ?? 0 }));
  const best = counted.reduce((top, candidate) => (candidate.count > top.count ? candidate : top));
  return { opening: counts.get(best.form.toLowerCase())?.opening ?? best.form, kind, count: best.count, continues: bare };
}

/** "Noting with concern also", "Noting also with concern"; the perfect participle takes it inside: "Having also considered". */
function preambularForms(bare: string, adverb: string): string[] {
  const [head = '', ...rest] = bare.split(' ');
  const afterHead = rest.length > 0 ? `${head} ${adverb} ${rest.join(' ')}` : undefined;
  const postposed = `${bare} ${adverb}`;
  if (head === 'Having' && afterHead) return [afterHead, postposed];
  return afterHead ? [postposed, afterHead] : [postposed];
}

function withoutSequenceAdverb(opening: string): string {
  const words = opening.split(/\s+/).filter((word) => !/^(?:also|further)$/i.test(word));
  const bare = words.join(' ');
  return /^(?:also|further)\s/i.test(opening) ? capitalized(bare) : bare;
}

const mergedCounts = new WeakMap<Corpus, Record<ParagraphKind, ReadonlyMap<string, CountedOpening>>>();

/** Lower-case opening -> the opening as most often written, with the larger of the rulebook's and the corpus's counts; most used first. */
function openingCounts(corpus: Corpus, kind: ParagraphKind): ReadonlyMap<string, CountedOpening> {
  let merged = mergedCounts.get(corpus);
  if (!merged) {
    merged = { preambular: mergeCounts(commonPreambularPhrases, corpus.openingCounts('preambular')), operative: mergeCounts(commonOperativePhrases, corpus.openingCounts('operative')) };
    mergedCounts.set(corpus, merged);
  }
  return merged[kind];
}

function mergeCounts(rulebook: readonly (readonly [string, number])[], corpus: ReadonlyMap<string, number>): ReadonlyMap<string, CountedOpening> {
  const merged = new Map<string, CountedOpening>();
  const add = (opening: string, count: number) => {
    const key = opening.toLowerCase();
    const known = merged.get(key);
    if (!known || count > known.count) merged.set(key, { opening, count });
  };
  for (const [opening, count] of rulebook) add(opening, count);
  for (const [opening, count] of corpus) add(opening, count);
  return new Map([...merged].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)));
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
