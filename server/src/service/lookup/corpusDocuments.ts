// Which corpus footnotes mention a document symbol ("A/66/123"), built once per corpus on first use:
// footnotes are where resolutions name the reports and notes they act on.

import type { Corpus } from '../corpus/corpus';

export interface DocumentMention {
  /** The resolution whose footnote names the document. */
  readonly symbol: string;
  readonly title?: string;
  readonly date?: string;
  readonly marker: string;
  readonly text: string;
}

const built = new WeakMap<Corpus, Map<string, DocumentMention[]>>();

/** Footnotes of the corpus naming `symbol`, most recent resolution first. */
export function corpusMentions(corpus: Corpus, symbol: string): readonly DocumentMention[] {
  return mentionIndex(corpus).get(symbol) ?? [];
}

/** Builds the index ahead of the first hover (a tenth of a second for 1,600 resolutions). */
export function mentionIndex(corpus: Corpus): ReadonlyMap<string, readonly DocumentMention[]> {
  let index = built.get(corpus);
  if (!index) {
    index = buildIndex(corpus);
    built.set(corpus, index);
  }
  return index;
}

function buildIndex(corpus: Corpus): Map<string, DocumentMention[]> {
  const index = new Map<string, DocumentMention[]>();
  for (const resolution of corpus.data.resolutions) {
    for (const footnote of resolution.footnotes) {
      const mention: DocumentMention = {
        symbol: resolution.symbol,
        ...(resolution.title ? { title: resolution.title } : {}),
        ...(resolution.date ? { date: resolution.date } : {}),
        marker: footnote.marker,
        text: footnote.text,
      };
      for (const token of new Set(symbolTokens(footnote.text))) {
        const list = index.get(token) ?? [];
        list.push(mention);
        index.set(token, list);
      }
    }
  }
  for (const list of index.values()) list.sort(latestFirst);
  return index;
}

/** By adoption date, then (the same day) by resolution number, most recent first. */
function latestFirst(a: DocumentMention, b: DocumentMention): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || b.symbol.localeCompare(a.symbol, 'en', { numeric: true });
}

/** Words that look like document symbols: "A/66/123", "E/CN.15/2012/L.5" (a closing full stop dropped). */
function symbolTokens(text: string): string[] {
  return text
    .split(/[\s,;()[\]“”"]+/)
    .map((token) => token.replace(/[.:]+$/, ''))
    .filter((token) => /^[A-Z][A-Za-z]*(?:\/[A-Za-z0-9.-]+)+$/.test(token) && /\d/.test(token));
}
