// Footnotes are numbered in the order their markers first appear: 1, 2, 3 ... without gaps, and a
// number is never given to two notes. A reference repeated later gets a note of its own ("Ibid." or
// a short form), so a typed marker used twice is flagged too; the session-74 texts of the corpus refer
// back to a note with a bare digit 685 times, which is their convention, not a slip. Adopted
// resolutions: 5 gaps (texts whose footnote 1 is lost), 1 repeated bracketed marker.

import type { Fix } from '../findings';
import { renumberFootnotes } from '../format/footnotes';
import type { FootnoteMarker, ResolutionDocument } from '../model';
import { isTypedMarker } from './helpers/typedMarker';
import type { Rule, RuleFinding } from './rule';

export const footnoteOrder: Rule = {
  code: 'footnote-order',
  defaultSeverity: 'warning',
  description: 'Footnote markers first appear in ascending order (1, 2, 3 ...), without gaps or reused numbers.',
  check(document) {
    const written = new Set(document.footnotes.map((footnote) => footnote.marker));
    const markers = document.footnoteMarkers.filter((marker) => isTypedMarker(marker) || written.has(marker.marker));
    const problems = markerProblems(markers);
    const fix = problems.some((problem) => !problem.repeat) ? renumbering(document) : undefined;
    return [
      ...problems.map(({ marker, message, repeat }) => ({ span: marker.span, message, ...(fix && !repeat ? { fixes: [fix] } : {}) })),
      ...duplicateNotes(document),
    ];
  },
};

interface MarkerProblem {
  readonly marker: FootnoteMarker;
  readonly message: string;
  /** A number used again: renumbering does not cure it. */
  readonly repeat: boolean;
}

function markerProblems(markers: readonly FootnoteMarker[]): MarkerProblem[] {
  const problems: MarkerProblem[] = [];
  const seen = new Set<number>();
  let highest = 0;
  for (const marker of markers) {
    const problem = problemOf(marker, seen, highest);
    if (problem) problems.push(problem);
    const value = Number(marker.marker);
    seen.add(value);
    highest = Math.max(highest, value);
  }
  return problems;
}

function problemOf(marker: FootnoteMarker, seen: ReadonlySet<number>, highest: number): MarkerProblem | undefined {
  const value = Number(marker.marker);
  if (seen.has(value)) {
    if (!isTypedMarker(marker)) return undefined;
    return { marker, repeat: true, message: `Footnote ${value} is already referenced above: give this reference a footnote of its own (“Ibid.” or a short form).` };
  }
  if (value > highest + 1) {
    const where = highest === 0 ? `The first footnote is numbered ${value}` : `Footnote ${value} follows footnote ${highest}`;
    return { marker, repeat: false, message: `${where}: number footnotes 1, 2, 3 … in the order their markers appear.` };
  }
  if (value < highest) {
    return { marker, repeat: false, message: `Footnote ${value} first appears after footnote ${highest}: number footnotes in the order their markers appear.` };
  }
  return undefined;
}

/** Markers and notes renumbered together, notes moved into the new order (format/footnotes.ts). */
function renumbering(document: ResolutionDocument): Fix | undefined {
  const edits = renumberFootnotes(document);
  return edits.length > 0 ? { title: 'Renumber the footnotes in the order of their markers', edits, preferred: true } : undefined;
}

function duplicateNotes(document: ResolutionDocument): RuleFinding[] {
  const seen = new Set<string>();
  return document.footnotes.flatMap((footnote) => {
    if (!seen.has(footnote.marker)) {
      seen.add(footnote.marker);
      return [];
    }
    return [{ span: footnote.markerSpan, message: `Two footnotes are numbered ${footnote.marker}: renumber the footnotes.` }];
  });
}
