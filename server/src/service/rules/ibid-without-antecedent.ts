// "Ibid." stands for the source of the footnote just before it. In the first footnote, or after a
// note that cites nothing, it refers to nothing: usually a footnote above was deleted or moved.

import type { Citation, Footnote, ResolutionDocument } from '../model';
import type { Rule } from './rule';

const ibid = /^[*_]?Ibid\b/;

export const ibidWithoutAntecedent: Rule = {
  code: 'ibid-without-antecedent',
  defaultSeverity: 'warning',
  description: '“Ibid.” follows a footnote that cites a source it can refer to.',
  check(document) {
    const notes = [...document.footnotes].sort((a, b) => a.span.start - b.span.start);
    const citations = [...document.citations].sort((a, b) => a.span.start - b.span.start);
    return notes.flatMap((footnote, index) => {
      if (!ibid.test(footnote.text.trimStart())) return [];
      const previous = notes[index - 1];
      if (previous && citesSource(document, citations, previous)) return [];
      const span = ibidSpan(document, footnote);
      const why = previous ? `footnote ${previous.marker} before it cites no source` : 'no footnote comes before it';
      return [{ span, message: `“Ibid.” has nothing to refer to (${why}): write the source in full.` }];
    });
  },
};

/** Whether a footnote names a source: a symbol or resolution, a treaty, a publication in italics, or "Ibid." itself. */
function citesSource(document: ResolutionDocument, citations: readonly Citation[], footnote: Footnote): boolean {
  if (holdsCitation(citations, footnote)) return true;
  const raw = document.text.slice(footnote.textSpan.start, footnote.textSpan.end);
  return ibid.test(footnote.text.trimStart()) || /[*_]|\/|\d|Treaty Series|Official Records|\b[Rr]esolution|\b[Rr]eport\b/.test(raw);
}

/** Whether a citation lies within the footnote's text (citations sorted by start; only those starting in the note are read). */
function holdsCitation(citations: readonly Citation[], footnote: Footnote): boolean {
  const { start, end } = footnote.textSpan;
  for (let i = firstStartingFrom(citations, start); i < citations.length; i++) {
    const citation = citations[i] as Citation;
    if (citation.span.start >= end) return false;
    if (citation.span.end <= end) return true;
  }
  return false;
}

function firstStartingFrom(citations: readonly Citation[], offset: number): number {
  let low = 0;
  let high = citations.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((citations[middle] as Citation).span.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function ibidSpan(document: ResolutionDocument, footnote: Footnote): { start: number; end: number } {
  const raw = document.text.slice(footnote.textSpan.start, footnote.textSpan.end);
  const found = /[*_]?Ibid\.?[*_]?/.exec(raw);
  return found ? { start: footnote.textSpan.start + found.index, end: footnote.textSpan.start + found.index + found[0].length } : footnote.textSpan;
}
