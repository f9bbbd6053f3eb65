// One pass over the lines after the title: sorts each line into formula, heading, closing, footnote
// text, annex, debris or running text, and records the gaps between lines of running text (a blank
// line, or a page break with its footnote block) that tell where paragraphs start.

import type { FootnoteMarker, TextSpan } from '../model';
import type { FootnoteStart, FormulaLine, HeadingLine } from './lineKinds';
import { dateLine, footnoteStart, formulaLine, headingLine, isJunk, isRule, isTrailerStart, meetingLine } from './lineKinds';
import { paragraphNumber, subparagraphLabel, titledHeadingLine } from './lineKinds';
import { type MarkerState, scanMarkers } from './markers';
import { findOpening, knownHead } from './openings';
import { contentEnd, contentStart, isBlank, type Source, type SourceLine, trimmed } from './source';

/** What separates a line of running text from the previous one. */
export type Gap = 'none' | 'blank' | 'break';

export interface BodyLine {
  readonly line: SourceLine;
  readonly gap: Gap;
  readonly markers: readonly FootnoteMarker[];
}

export type StructureEvent =
  | { readonly type: 'body'; readonly body: BodyLine }
  | { readonly type: 'formula'; readonly line: SourceLine; readonly formula: FormulaLine }
  | { readonly type: 'heading'; readonly line: SourceLine; readonly heading: HeadingLine; readonly markers: readonly FootnoteMarker[] }
  | { readonly type: 'closing'; readonly span: TextSpan; readonly meeting?: string; readonly date?: string };

export interface FootnoteLines {
  readonly start: FootnoteStart;
  readonly lines: SourceLine[];
}

export interface Structure {
  readonly events: readonly StructureEvent[];
  readonly footnotes: readonly FootnoteLines[];
  readonly annexes: readonly TextSpan[];
  /** Markers in annex text (the resolution's paragraphs carry their own). */
  readonly annexMarkers: readonly FootnoteMarker[];
}

type Phase = 'resolution' | 'between-parts' | 'annex' | 'trailer';

interface OpenFootnote {
  readonly footnote: FootnoteLines;
  blankSeen: boolean;
}

class StructurePass {
  readonly events: StructureEvent[] = [];
  readonly footnotes: FootnoteLines[] = [];
  readonly annexes: TextSpan[] = [];
  readonly annexMarkers: FootnoteMarker[] = [];
  private phase: Phase = 'resolution';
  private gap: Gap = 'none';
  private open: OpenFootnote | undefined;
  private expectedFootnote = 1;
  private afterRule = false;
  private annexRun: TextSpan | undefined;
  private lastMeeting: { span: TextSpan; meeting: string } | undefined;
  private lastBodyText = '';

  constructor(
    private readonly source: Source,
    private readonly markerState: MarkerState,
    private readonly lastFormula: number,
  ) {}

  run(from: number): Structure {
    if (this.lastFormula >= from) this.phase = 'between-parts';
    for (let i = from; i < this.source.lines.length; i++) {
      const line = this.source.lines[i];
      if (line) this.visit(line);
    }
    this.closeAnnexRun();
    return { events: this.events, footnotes: this.footnotes, annexes: this.annexes, annexMarkers: this.annexMarkers };
  }

  private visit(line: SourceLine): void {
    if (this.phase === 'trailer') return;
    if (isTrailerStart(line)) {
      this.phase = 'trailer';
      return;
    }
    if (isBlank(line)) return this.blank();
    if (isRule(line)) return this.rule();
    if (this.footnoteLine(line)) return;
    if (isJunk(line)) return this.pageBreak();
    this.afterRule = false;
    if (this.frameLine(line)) return;
    if (this.phase === 'annex') return this.annexLine(line);
    this.bodyLine(line);
  }

  private blank(): void {
    if (this.open) this.open.blankSeen = true;
    if (this.gap === 'none') this.gap = 'blank';
  }

  private rule(): void {
    this.open = undefined;
    this.afterRule = true;
    this.pageBreak();
  }

  private pageBreak(): void {
    this.gap = 'break';
    this.closeAnnexRun();
  }

  /** A footnote's first line or one of its continuation lines. */
  private footnoteLine(line: SourceLine): boolean {
    const start = footnoteStart(line);
    if (start && this.acceptsFootnote(start)) {
      const footnote: FootnoteLines = { start, lines: [line] };
      this.footnotes.push(footnote);
      this.open = { footnote, blankSeen: false };
      this.expectedFootnote = start.marker + 1;
      this.pageBreak();
      return true;
    }
    if (this.open && this.continuesFootnote(this.open, line)) {
      this.open.footnote.lines.push(line);
      this.open.blankSeen = false;
      return true;
    }
    this.open = undefined;
    return false;
  }

  /** Footnotes come in order and follow their markers, which tells "5 A/55/119." from "17 December 1999;5". */
  private acceptsFootnote(start: FootnoteStart): boolean {
    if (start.style === 'bracket') return start.marker >= 1;
    const seen = start.marker <= this.markerState.maxSeen;
    if (start.style === 'superscript') return seen && start.marker >= 1;
    if (start.marker === this.expectedFootnote) return seen;
    return this.afterRule && seen && start.marker > this.expectedFootnote;
  }

  private continuesFootnote(open: OpenFootnote, line: SourceLine): boolean {
    if (footnoteComplete(this.source.masked, open.footnote)) return false;
    if (open.footnote.start.style === 'bracket' && open.blankSeen) return false;
    // "annex" / "II.": a numeral with its full stop ends the footnote's sentence; a heading has none.
    const heading = headingLine(line) && !trimmed(line).endsWith('.');
    if (paragraphNumber(line) || subparagraphLabel(line) || formulaLine(line) || heading) return false;
    // "*Treaty Series*" and "Trafficking in Persons" go on with the footnote; "Recognizing" resumes the text.
    const found = findOpening(this.source.masked, contentStart(line), line.end);
    return !found || found.kind === undefined || (!found.opening.italic && !knownHead(found.opening.head));
  }

  /** Formulas, headings and the closing lines: the frame of the resolution. */
  private frameLine(line: SourceLine): boolean {
    const formula = formulaLine(line);
    if (formula) {
      this.closeAnnexRun();
      this.events.push({ type: 'formula', line, formula });
      this.phase = 'resolution';
      this.gap = 'break';
      return true;
    }
    if ((this.phase !== 'annex' || this.lastMeeting) && this.closingLine(line)) return true;
    const heading = headingLine(line);
    if (!heading || (this.phase === 'annex' && heading.kind !== 'annex')) return false;
    if (heading.kind === 'annex') return this.annexHeading(line, heading);
    const markers = scanMarkers(line.text, line.start, this.markerState);
    this.events.push({ type: 'heading', line, heading, markers });
    this.gap = 'break';
    return true;
  }

  /** "Annex", "Annex II": a heading of the outline, and the first line of the annex's text. */
  private annexHeading(line: SourceLine, heading: HeadingLine): boolean {
    if (this.phase === 'between-parts') return false;
    this.closeAnnexRun();
    this.events.push({ type: 'heading', line, heading, markers: [] });
    this.phase = 'annex';
    this.annexLine(line);
    return true;
  }

  private closingLine(line: SourceLine): boolean {
    const meeting = meetingLine(line);
    if (meeting) {
      this.lastMeeting = { span: { start: contentStart(line), end: contentEnd(line) }, meeting };
      this.events.push({ type: 'closing', span: this.lastMeeting.span, meeting });
      this.endPart(line);
      return true;
    }
    const date = dateLine(line);
    if (!date || !this.closesWithDate()) return false;
    const span = { start: this.lastMeeting?.span.start ?? contentStart(line), end: contentEnd(line) };
    if (this.lastMeeting) this.events.pop();
    this.events.push({ type: 'closing', span, date, ...(this.lastMeeting ? { meeting: this.lastMeeting.meeting } : {}) });
    this.lastMeeting = undefined;
    this.endPart(line);
    return true;
  }

  /** A date on its own line closes the text after a meeting line, or after a paragraph that ends with a full stop. */
  private closesWithDate(): boolean {
    const last = this.events[this.events.length - 1];
    if (last?.type === 'closing') return this.lastMeeting !== undefined;
    return last?.type === 'body' && /\.[\s*”’"]*$/.test(this.lastBodyText);
  }

  private endPart(line: SourceLine): void {
    this.phase = line.index < this.lastFormula ? 'between-parts' : 'annex';
    this.gap = 'break';
  }

  private annexLine(line: SourceLine): void {
    this.lastMeeting = undefined;
    this.annexMarkers.push(...scanMarkers(line.text, line.start, this.markerState));
    const span = { start: contentStart(line), end: contentEnd(line) };
    this.annexRun = this.annexRun ? { start: this.annexRun.start, end: span.end } : span;
  }

  private closeAnnexRun(): void {
    if (this.annexRun) this.annexes.push(this.annexRun);
    this.annexRun = undefined;
  }

  private bodyLine(line: SourceLine): void {
    this.lastMeeting = undefined;
    const markers = scanMarkers(line.text, line.start, this.markerState);
    if (this.phase === 'between-parts') {
      this.events.push({ type: 'heading', line, heading: titledHeadingLine(line) ?? { kind: 'other', label: trimmed(line) }, markers });
      return;
    }
    this.events.push({ type: 'body', body: { line, gap: this.gap, markers } });
    this.lastBodyText = withoutMarkers(line, markers);
    this.gap = 'none';
  }
}

/**
 * A footnote text ends with a full stop (possibly followed by a bracket, quote or italics marker), but
 * not the full stop of an abbreviation that a number or a letter follows: "Sales No." / "E.09.IV.3.",
 * "chap." / "I, sect. A." (in PDF text 575 of 15,427 corpus footnotes break after one).
 */
function footnoteComplete(masked: string, footnote: FootnoteLines): boolean {
  const last = footnote.lines[footnote.lines.length - 1];
  if (!last) return true;
  const text = masked.slice(contentStart(last), contentEnd(last));
  return /\.[)”’"*\]]*$/.test(text) && !abbreviationAtEnd.test(text);
}

const abbreviationAtEnd = /(?:^|[\s(])(?:[Nn]os?|[Vv]ols?|[Pp]aras?|[Cc]haps?|[Ss]ects?|[Aa]rts?|pp?|Suppl|Rev|Corr|Add)\.$/;

function withoutMarkers(line: SourceLine, markers: readonly FootnoteMarker[]): string {
  const text = trimmed(line);
  const last = markers[markers.length - 1];
  if (!last || last.span.end < contentEnd(line)) return text;
  return line.text.slice(contentStart(line) - line.start, last.span.start - line.start).trimEnd();
}

export function readStructure(source: Source, from: number, markerState: MarkerState, lastFormula: number): Structure {
  return new StructurePass(source, markerState, lastFormula).run(from);
}
