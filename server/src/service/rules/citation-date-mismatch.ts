// "resolution 66/181 of 19 December 2010": 66/181 was adopted on 19 December 2011. A cited General
// Assembly resolution's date must agree with the corpus, keyed by symbol and part letter (74/261 A, B
// and C were adopted on different days). A resolution the corpus does not hold can still be dated
// wrong: session N sits from September 1945+N, so its resolutions are adopted in 1945+N or 1946+N
// (reported for dates a few years off; far off, the symbol is rather another body's, unnamed).
// Resolutions of other bodies ("Human Rights Council resolution 45/3", or "by the Economic and Social
// Commission for Asia and the Pacific, at its seventy-second session, of resolution 72/7") are skipped.

import type { CorpusFacts } from '../corpus/facts';
import type { Citation, ResolutionDocument, TextSpan } from '../model';
import { sessionOrdinal } from '../lexicon';
import { impossibleAdoptionYear } from '../parse/dates';
import { regionStart } from './helpers/citationRegion';
import { namesAnotherBody } from './helpers/otherBody';
import { writeDate, writeDateLike } from './helpers/writtenDates';
import type { Rule, RuleFinding } from './rule';

const NEAR_MISS_YEARS = 3;

export const citationDateMismatch: Rule = {
  code: 'citation-date-mismatch',
  defaultSeverity: 'error',
  description: 'The adoption date given for a cited General Assembly resolution agrees with the corpus (and with its session).',
  check(document, { corpus }) {
    return document.citations.flatMap((citation, index) => {
      if (citation.kind !== 'ga-resolution' || !citation.date || !citation.dateSpan) return [];
      if (!datedDirectly(document.citations, index, citation.dateSpan)) return [];
      if (namesAnotherBody(document.text, citation.span.start, regionStart(document, citation))) return [];
      const known = corpusDates(corpus, citation);
      if (known.length > 0) return known.includes(citation.date) ? [] : [corpusMismatch(document, citation, citation.dateSpan, known)];
      return sessionMismatch(citation, citation.dateSpan);
    });
  },
};

/**
 * Whether the date follows this citation rather than a later one of the same list: "resolutions 70/299,
 * and 72/305 of 23 July 2018" dates 72/305 only, whatever the list's grammar suggests.
 */
function datedDirectly(citations: readonly Citation[], index: number, dateSpan: TextSpan): boolean {
  const next = citations[index + 1];
  return !next || next.span.start > dateSpan.start;
}

/** The corpus dates of the cited resolution; of each part for a range ("75/253 A–C"). */
function corpusDates(corpus: CorpusFacts, citation: Citation): string[] {
  const range = /([A-Z])[ \u00a0]?(?:–|-|[ \u00a0]and[ \u00a0]|[ \u00a0]to[ \u00a0])[ \u00a0]?([A-Z])$/.exec(citation.written);
  const symbols = range ? partSymbols(citation.symbol, range[1] ?? 'A', range[2] ?? 'A') : [citation.symbol];
  return symbols.flatMap((symbol) => {
    const date = corpus.resolutionFacts(symbol)?.date;
    return date ? [date] : [];
  });
}

function partSymbols(symbol: string, first: string, last: string): string[] {
  const parts: string[] = [];
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0) && parts.length < 26; code++) parts.push(`${symbol} ${String.fromCharCode(code)}`);
  return parts;
}

function corpusMismatch(document: ResolutionDocument, citation: Citation, dateSpan: TextSpan, known: readonly string[]): RuleFinding {
  const written = document.text.slice(dateSpan.start, dateSpan.end);
  const right = known[0] as string;
  const replacement = writeDateLike(right, written) ?? writeDate(right);
  const name = `Resolution ${citation.written.replace(/\u00a0/g, ' ')}`;
  return {
    span: dateSpan,
    message: `${name} was adopted on ${writeDate(right)}, not ${written.replace(/\u00a0/g, ' ')}: correct the date.`,
    ...(known.length === 1 ? { fixes: [{ title: `Change the date to ${writeDate(right)}`, edits: [{ span: dateSpan, newText: replacement }], preferred: true }] } : {}),
  };
}

function sessionMismatch(citation: Citation, dateSpan: TextSpan): RuleFinding[] {
  const session = /^A\/RES\/(\d{1,3})\//.exec(citation.symbol)?.[1];
  const year = Number(citation.date?.slice(0, 4));
  if (!session || !year) return [];
  const opens = 1945 + Number(session);
  // Far off, the symbol is more likely another body's ("Human Rights Council ... resolutions 28/6 of 26
  // March 2015") than the date a slip: only near misses and years no body could have are reported.
  if (year === opens || year === opens + 1) return [];
  if (Math.abs(year - opens) > NEAR_MISS_YEARS && !impossibleAdoptionYear(year)) return [];
  const ordinal = sessionOrdinal(Number(session)) ?? `${session}th`;
  return [
    {
      span: dateSpan,
      message: `Resolution ${citation.written.replace(/\u00a0/g, ' ')} belongs to the ${ordinal} session (${opens}–${opens + 1}), so it cannot date from ${year}: correct the date or the symbol.`,
      // Arithmetic, not the corpus's word: the symbol may be an unnamed body's.
      severity: 'warning',
    },
  ];
}
