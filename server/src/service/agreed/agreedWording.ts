// "Use the agreed wording of A/RES/66/181, op. 12": the draft paragraph replaced by its precedent, as
// the draft writes it (opening in italics, the ending its place needs), its number kept. The
// precedent's footnotes come along: each marker goes back at its word, its note into the draft's
// footnote block (a note the draft already has, word for word, is referred to again rather than
// repeated), the draft's notes that only this paragraph referred to go, and every marker and note is
// renumbered in order of first appearance. Sessions and years of the precedent's time (a report "at
// its sixty-seventh session" in a text of 2011) are named in the fix's title, for the drafter to check.
//
//   const fix = useAgreedWording(draft, paragraph, match.closest, parsedPrecedentFile);

import { describeSources } from '../corpus/agreedLanguage';
import { paragraphKey } from '../corpus/normalize';
import type { PrecedentParagraph } from '../corpus/precedent';
import { corpusParagraphText } from '../corpus/fromModel';
import type { Fix, TextEdit } from '../findings';
import { renumberFootnotes, styled } from '../format/footnotes';
import { minimalEdits } from '../format/minimalEdits';
import type { Footnote, FootnoteMarkerStyle, Paragraph, ResolutionDocument, TextSpan } from '../model';
import { parseResolution } from '../parse';
import { sessionOrdinal } from '../lexicon';
import { applyEdits } from '../text/edits';
import { datedExpressions, type DatedExpression } from './datedExpressions';
import { fillPlaceholders, markedWording, withPlaceholders, type MarkedWording } from './markedWording';
import { noteText, selfContainedNote } from './noteTexts';
import { draftWording } from './wording';

export interface AgreedWordingFix extends Fix {
  /** Sessions and years of the precedent's time in the new wording. */
  readonly dated: readonly DatedExpression[];
}

export function useAgreedWording(draft: ResolutionDocument, paragraph: Paragraph, precedent: PrecedentParagraph, source?: ResolutionDocument): AgreedWordingFix {
  const wording = precedentWording(precedent, source);
  const notes = source ? noteTexts(wording, source) : [];
  const numbering = numberNotes(draft, paragraph, notes);
  const shaped = draftWording(withPlaceholders(wording), {
    kind: paragraph.kind,
    ...(precedent.opening ? { opening: precedent.opening } : {}),
    italics: draft.usesItalics || !paragraph.opening,
    last: paragraph.kind === 'operative' && draft.operative[draft.operative.length - 1] === paragraph,
  });
  const style = markerStyle(draft);
  const newWording = fillPlaceholders(shaped, (index) => (numbering.numbers[index] === undefined ? '' : styled(numbering.numbers[index]!, style)));
  const edits = [...replaceParagraph(paragraph, newWording), ...numbering.removed.map((note) => removeNote(draft.text, note)), ...appendNotes(draft, numbering.added, style)];
  const dated = datedExpressions(wording.text, { ...(precedent.resolution.session ? { session: precedent.resolution.session } : {}), ...yearOf(precedent.resolution.date) });
  return { title: title(precedent, dated), edits: renumbered(draft.text, edits), dated };
}

/** The precedent as its own file writes it (with its footnote markers) when that paragraph is found there. */
function precedentWording(precedent: PrecedentParagraph, source: ResolutionDocument | undefined): MarkedWording {
  const found = source ? sourceParagraph(precedent, source) : undefined;
  return found && source ? markedWording(source, found) : { text: precedent.text, markers: [] };
}

function sourceParagraph(precedent: PrecedentParagraph, source: ResolutionDocument): Paragraph | undefined {
  const key = paragraphKey(precedent.text);
  const sameWording = (paragraph: Paragraph) => paragraph.kind === precedent.kind && paragraphKey(corpusParagraphText(paragraph)) === key;
  const part = precedent.resolution.part;
  const candidates = source.paragraphs.filter((paragraph) => sameWording(paragraph) && (!part || !paragraph.part || paragraph.part === part));
  const numbered = candidates.find((paragraph) => placeOf(paragraph) === precedent.number);
  return numbered ?? candidates[0];
}

function placeOf(paragraph: Paragraph): number | undefined {
  return paragraph.kind === 'operative' ? paragraph.number : paragraph.index + 1;
}

/** The footnote text of each marker of the wording, standing on its own (undefined when the precedent's file lacks it). */
function noteTexts(wording: MarkedWording, source: ResolutionDocument): (string | undefined)[] {
  return wording.markers.map((marker) => selfContainedNote(source, source.footnotes.findIndex((note) => note.marker === marker.marker)));
}

interface Numbering {
  /** The draft number of each marker of the wording (undefined: left out, its note is lost). */
  readonly numbers: readonly (number | undefined)[];
  readonly added: readonly { readonly number: number; readonly text: string }[];
  /** The draft's notes that no marker refers to once the paragraph is replaced. */
  readonly removed: readonly Footnote[];
}

function numberNotes(draft: ResolutionDocument, paragraph: Paragraph, notes: readonly (string | undefined)[]): Numbering {
  let next = Math.max(0, ...draft.footnotes.map((note) => Number(note.marker)), ...draft.footnoteMarkers.map((marker) => Number(marker.marker))) + 1;
  const added: { number: number; text: string }[] = [];
  const reused = new Set<string>();
  const numbers = notes.map((text) => {
    if (text === undefined) return undefined;
    const own = draft.footnotes.find((note) => sameNote(noteText(draft, note), text));
    if (own) {
      reused.add(own.marker);
      return Number(own.marker);
    }
    const again = added.find((note) => sameNote(note.text, text));
    if (again) return again.number;
    added.push({ number: next, text });
    return next++;
  });
  const inside = (span: TextSpan) => span.start >= paragraph.span.start && span.end <= paragraph.span.end;
  const referredElsewhere = new Set(draft.footnoteMarkers.filter((marker) => !inside(marker.span)).map((marker) => marker.marker));
  const onlyHere = (note: Footnote) => paragraph.footnoteMarkers.some((marker) => marker.marker === note.marker) && !referredElsewhere.has(note.marker);
  const removed = draft.footnotes.filter((note) => onlyHere(note) && !reused.has(note.marker));
  return { numbers, added, removed };
}

function sameNote(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** The paragraph's wording (after its number) replaced; pieces beyond a page break emptied, the footnote block between them left alone. */
function replaceParagraph(paragraph: Paragraph, wording: string): TextEdit[] {
  const pieces = paragraph.fragments.map((fragment) => ({ start: Math.max(fragment.start, paragraph.bodySpan.start), end: fragment.end })).filter((piece) => piece.end > piece.start);
  const [first, ...rest] = pieces.length > 0 ? pieces : [paragraph.bodySpan];
  return [{ span: first!, newText: wording }, ...rest.map((span) => ({ span, newText: '' }))];
}

/** A note's line, line break included. */
function removeNote(text: string, note: Footnote): TextEdit {
  const lineStart = text.lastIndexOf('\n', note.span.start - 1) + 1;
  const onlyNoteOnLine = /^[ \t]*$/.test(text.slice(lineStart, note.span.start));
  const start = onlyNoteOnLine ? lineStart : note.span.start;
  const breakAt = /\r?\n/.exec(text.slice(note.span.end));
  const end = breakAt && /^[ \t]*$/.test(text.slice(note.span.end, note.span.end + breakAt.index)) ? note.span.end + breakAt.index + breakAt[0].length : note.span.end;
  return { span: { start, end }, newText: '' };
}

/** New notes after the draft's last note, or in a new footnote block at the end of the text. */
function appendNotes(draft: ResolutionDocument, notes: Numbering['added'], style: FootnoteMarkerStyle): TextEdit[] {
  if (notes.length === 0) return [];
  const { text } = draft;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = notes.map((note) => `${styled(note.number, style)} ${note.text}`);
  const last = draft.footnotes[draft.footnotes.length - 1];
  if (last) return [{ span: { start: last.span.end, end: last.span.end }, newText: lines.map((line) => `${eol}${line}`).join('') }];
  const ending = /(?:\r\n|\n|\r)$/.test(text) ? '' : eol;
  const blank = /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)$/.test(text) ? '' : eol;
  return [{ span: { start: text.length, end: text.length }, newText: `${ending}${blank}__________${eol}${lines.join(eol)}${eol}` }];
}

/** Superscripts where the draft writes its markers so; `[n]`, the corpus form, otherwise. */
function markerStyle(draft: ResolutionDocument): FootnoteMarkerStyle {
  const superscripts = draft.footnoteMarkers.filter((marker) => marker.style === 'superscript').length;
  return superscripts * 2 > draft.footnoteMarkers.length ? 'superscript' : 'bracket';
}

/** The edits, then every marker and note renumbered by first appearance, as the smallest edits of the original text. */
function renumbered(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const replaced = applyEdits(text, edits);
  const final = applyEdits(replaced, renumberFootnotes(parseResolution(replaced)));
  return minimalEdits(text, final);
}

function yearOf(date: string | undefined): { year?: number } {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(year) ? { year } : {};
}

function title(precedent: PrecedentParagraph, dated: readonly DatedExpression[]): string {
  const where = describeSources(precedent.sources.slice(0, 1));
  const base = `Use the agreed wording of ${where || precedent.resolution.symbol}`;
  if (dated.length === 0) return base;
  const words = [...new Set(dated.map((expression) => (expression.kind === 'session' ? `${expression.text} session` : expression.text)))];
  const session = precedent.resolution.session;
  const when = precedent.resolution.date?.slice(0, 4) ?? (session ? `the ${sessionOrdinal(session) ?? session} session` : 'its time');
  return `${base} (written in ${when}: check ${words.map((word) => `“${word}”`).join(', ')})`;
}
