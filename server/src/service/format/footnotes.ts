// Footnotes are numbered in the order in which their markers first appear (rulebook §1, 9). These
// edits renumber the markers and the notes together, so that a note follows its marker wherever the
// marker has moved; and they insert a new footnote, marker and note, at its place in the order.

import type { TextEdit } from '../findings';
import type { Footnote, FootnoteMarker, FootnoteMarkerStyle, ResolutionDocument } from '../model';
import { parseResolution } from '../parse';
import { applyEdits } from '../text/edits';
import { minimalEdits, offsetAfter } from './minimalEdits';
import { sortedEdits } from './renumber';

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Renumbers markers and notes by the first appearance of each marker; notes are put in that order. */
export function renumberFootnotes(document: ResolutionDocument): TextEdit[] {
  const numbers = newNumbers(document);
  const edits = sortedEdits([...markerEdits(document.footnoteMarkers, numbers.markers), ...noteEdits(document, numbers.notes)]);
  return edits.length === 0 ? [] : minimalEdits(document.text, applyEdits(document.text, edits));
}

interface NewNumbers {
  /** Old marker number → new number. */
  readonly markers: ReadonlyMap<string, number>;
  /** Note (by position among the notes) → new number. */
  readonly notes: ReadonlyMap<Footnote, number>;
}

/** Markers in order of first appearance; a note takes its marker's number, and notes no marker calls come last. */
function newNumbers(document: ResolutionDocument): NewNumbers {
  const markers = new Map<string, number>();
  for (const marker of document.footnoteMarkers) {
    if (!markers.has(marker.marker)) markers.set(marker.marker, markers.size + 1);
  }
  const notes = new Map<Footnote, number>();
  const claimed = new Set<string>();
  let next = markers.size + 1;
  for (const note of document.footnotes) {
    const value = claimed.has(note.marker) ? undefined : markers.get(note.marker);
    claimed.add(note.marker);
    notes.set(note, value ?? next++);
  }
  return { markers, notes };
}

function markerEdits(markers: readonly FootnoteMarker[], numbers: ReadonlyMap<string, number>): TextEdit[] {
  return markers.flatMap((marker) => {
    const value = numbers.get(marker.marker);
    if (value === undefined || String(value) === marker.marker) return [];
    return [{ span: marker.span, newText: styled(value, marker.style) }];
  });
}

/** Each note's place (in document order) receives the note whose number comes in that order. */
function noteEdits(document: ResolutionDocument, numbers: ReadonlyMap<Footnote, number>): TextEdit[] {
  const { text } = document;
  const places = document.footnotes;
  const ordered = [...places].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
  return places.flatMap((place, index) => {
    const note = ordered[index];
    const value = note ? numbers.get(note) : undefined;
    if (!note || value === undefined) return [];
    const marker = styled(value, noteStyle(text.slice(note.markerSpan.start, note.markerSpan.end)));
    if (note === place) return marker === text.slice(note.markerSpan.start, note.markerSpan.end) ? [] : [{ span: note.markerSpan, newText: marker }];
    return [{ span: place.span, newText: marker + text.slice(note.markerSpan.end, note.span.end) }];
  });
}

function noteStyle(written: string): FootnoteMarkerStyle {
  if (written.startsWith('[')) return 'bracket';
  return superscriptDigits.includes(written[0] ?? '') ? 'superscript' : 'glued';
}

/** A marker number written in a marker style: `[3]`, `³`, or bare digits. */
export function styled(value: number, style: FootnoteMarkerStyle): string {
  if (style === 'bracket') return `[${value}]`;
  if (style === 'superscript') return [...String(value)].map((digit) => superscriptDigits[Number(digit)]).join('');
  return String(value);
}

export type FootnoteInsertion =
  | {
      readonly edits: readonly TextEdit[];
      /** Where the new note's text ends once the edits are applied (where the drafter types it). */
      readonly noteEnd: number;
    }
  | { readonly error: string };

/**
 * Inserts a footnote marker at `offset` and its note in the footnotes (after the rule of underscores,
 * which is added when the draft has none), then renumbers every marker and note in order.
 */
export function insertFootnote(document: ResolutionDocument, offset: number, noteText: string): FootnoteInsertion {
  const { text } = document;
  if (offset < 0 || offset > text.length) return { error: 'The cursor is outside the draft.' };
  if (document.footnotes.some((note) => offset > note.span.start && offset <= note.span.end)) {
    return { error: 'Put the cursor in the text of the resolution, where the footnote marker belongs, not in a footnote.' };
  }
  const at = afterMarker(document.footnoteMarkers, offset);
  const value = highestNumber(document) + 1;
  const style = markerStyle(document);
  const note = oneLine(noteText);
  const placed = applyEdits(text, [{ span: { start: at, end: at }, newText: styled(value, style) }, noteInsertion(document, value, style, note)]);
  const reparsed = parseResolution(placed);
  const renumbering = renumberFootnotes(reparsed);
  const result = applyEdits(placed, renumbering);
  return { edits: minimalEdits(text, result), noteEnd: newNoteEnd(result, offsetAfter(renumbering, at)) };
}

/** The end of the note that the marker at `markerStart` calls. */
function newNoteEnd(text: string, markerStart: number): number {
  const document = parseResolution(text);
  const marker = document.footnoteMarkers.find((m) => m.span.start === markerStart);
  const note = document.footnotes.find((n) => n.marker === marker?.marker);
  return note ? note.span.end : text.length;
}

/** Never inside an existing marker: right after it. */
function afterMarker(markers: readonly FootnoteMarker[], offset: number): number {
  const inside = markers.find((marker) => offset > marker.span.start && offset < marker.span.end);
  return inside ? inside.span.end : offset;
}

function highestNumber(document: ResolutionDocument): number {
  const values = [...document.footnoteMarkers.map((m) => Number(m.marker)), ...document.footnotes.map((n) => Number(n.marker))];
  return Math.max(0, ...values);
}

/** Superscripts where the draft writes its markers so; `[n]`, the corpus form, otherwise. */
function markerStyle(document: ResolutionDocument): FootnoteMarkerStyle {
  const superscripts = document.footnoteMarkers.filter((marker) => marker.style === 'superscript').length;
  return superscripts * 2 > document.footnoteMarkers.length ? 'superscript' : 'bracket';
}

function oneLine(noteText: string): string {
  return noteText.replace(/[\r\n\t ]+/g, ' ').trim();
}

/** The new note, after the last note, or in a new footnote block at the end of the text. */
function noteInsertion(document: ResolutionDocument, value: number, style: FootnoteMarkerStyle, note: string): TextEdit {
  const { text } = document;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = `${styled(value, style)} ${note}`.trimEnd();
  const last = document.footnotes[document.footnotes.length - 1];
  if (last) return { span: { start: last.span.end, end: last.span.end }, newText: `${eol}${line}` };
  const end = text.length;
  const ending = /(?:\r\n|\n|\r)$/.test(text) ? '' : eol;
  const blank = text.length === 0 || /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(text) ? '' : eol;
  return { span: { start: end, end }, newText: `${ending}${blank}__________${eol}${line}${eol}` };
}
