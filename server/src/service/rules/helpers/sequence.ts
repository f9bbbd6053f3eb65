// Which paragraphs follow one another for the drafting conventions on order, numbering and
// repetition: a part letter or any heading (section I, II, a titled section of a budget text) starts a
// new run, since each section may open with its own preamble. Also tells a heading that the parser
// took for a paragraph ("Working methods" above a group of paragraphs) from a paragraph.

import type { Paragraph, ResolutionDocument } from '../../model';
import type { OpeningLexicon } from '../../lexicon/knownOpenings';
import { isMark } from './punctuation';

interface Places {
  /** Paragraph -> its index in `document.paragraphs`. */
  readonly position: Map<Paragraph, number>;
  /** Paragraph -> the number of the run it belongs to. */
  readonly run: Map<Paragraph, number>;
  /** Paragraph -> the nearest paragraph before it in its run that opens with a phrase (not a table row or a heading). */
  readonly previousOpened: Map<Paragraph, Paragraph>;
}

const places = new WeakMap<ResolutionDocument, Places>();

/** Positions and runs of every paragraph, computed once per document so that the rules stay linear on a 5 MB paste. */
function placesOf(document: ResolutionDocument): Places {
  let found = places.get(document);
  if (found) return found;
  found = { position: new Map(), run: new Map(), previousOpened: new Map() };
  const headings = [...document.headings].sort((a, b) => a.span.start - b.span.start);
  let heading = 0;
  let run = 0;
  let previous: Paragraph | undefined;
  let opened: Paragraph | undefined;
  document.paragraphs.forEach((paragraph, index) => {
    let headed = false;
    while (heading < headings.length && (headings[heading]?.span.end ?? Infinity) <= paragraph.span.start) {
      headed ||= previous === undefined || (headings[heading]?.span.start ?? 0) >= previous.span.end;
      heading++;
    }
    if (previous && (headed || previous.part !== paragraph.part || previous.section !== paragraph.section)) {
      run++;
      opened = undefined;
    }
    found.position.set(paragraph, index);
    found.run.set(paragraph, run);
    if (opened) found.previousOpened.set(paragraph, opened);
    if (paragraph.opening && !looksLikeHeading(paragraph)) opened = paragraph;
    previous = paragraph;
  });
  places.set(document, found);
  return found;
}

/** Index of the paragraph in `document.paragraphs`. */
export function positionOf(document: ResolutionDocument, paragraph: Paragraph): number {
  return placesOf(document).position.get(paragraph) ?? document.paragraphs.indexOf(paragraph);
}

/** Whether two paragraphs lie in the same part with no heading between them. */
export function sameRun(document: ResolutionDocument, a: Paragraph, b: Paragraph): boolean {
  const { run } = placesOf(document);
  return run.get(a) === run.get(b);
}

/**
 * The paragraph before `paragraph`, when it is of the same kind and in the same run. Lines without an
 * opening (rows and notes of a table, headings taken for paragraphs) are passed over.
 */
export function previousOfKind(document: ResolutionDocument, paragraph: Paragraph): Paragraph | undefined {
  const previous = placesOf(document).previousOpened.get(paragraph);
  return previous?.kind === paragraph.kind ? previous : undefined;
}

/** The paragraphs of the document split into runs (by part and heading), in order. */
export function runsOf(document: ResolutionDocument): Paragraph[][] {
  const runs: Paragraph[][] = [];
  for (const paragraph of document.paragraphs) {
    const current = runs[runs.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && sameRun(document, last, paragraph)) current.push(paragraph);
    else runs.push([paragraph]);
  }
  return runs;
}

/** A paragraph of the resolution proper: it opens with a known head (as the drafter meant it), not a table row or note. */
export function opensWithKnownHead(paragraph: Paragraph, lexicon: OpeningLexicon): boolean {
  const { opening } = paragraph;
  return opening !== undefined && !looksLikeHeading(paragraph) && lexicon.isHead(paragraph.kind, lexicon.meantHead(paragraph.kind, opening));
}

/**
 * A short line without closing punctuation, no italics and no sub-paragraphs: a section title such as
 * "Working methods" or "Ensuring adequate funding", not a paragraph of the resolution.
 */
export function looksLikeHeading(paragraph: Paragraph): boolean {
  if (paragraph.subparagraphs.length > 0 || paragraph.opening?.italic || paragraph.text.length > 160) return false;
  if (paragraph.kind === 'operative' && paragraph.number !== undefined) return false;
  return !paragraph.ending || !isMark(paragraph.ending.char);
}
