// Groups the lines of running text into paragraphs, and paragraphs into the parts and sections of the
// resolution. A line starts a paragraph when it carries a number, or when it follows the end of a
// clause (or a blank line) and opens with an opening phrase; otherwise it continues the paragraph.

import type { Comment, Formula, Heading, Paragraph, ResolutionDocument, TextSpan } from '../model';
import { endingBefore, endsClause } from './endings';
import { cleanTitle, closesHeading, continuesTitle, headingShaped, longestTitle } from './headingText';
import { type HeadingLine, isTableRow, paragraphNumber, subparagraphLabel, titledHeadingLine } from './lineKinds';
import { findOpening, knownHead } from './openings';
import { buildParagraph, type ParagraphDraft, type PartContext } from './paragraph';
import { contentEnd, contentStart, isSpace, type Source } from './source';
import type { BodyLine, StructureEvent } from './structure';

export interface Assembled {
  readonly paragraphs: readonly Paragraph[];
  readonly headings: readonly Heading[];
  readonly formulas: readonly Formula[];
  readonly closing?: ResolutionDocument['closing'];
}

class Assembler {
  private readonly paragraphs: Paragraph[] = [];
  private readonly headings: Heading[] = [];
  private readonly formulas: Formula[] = [];
  private closing: ResolutionDocument['closing'];
  private current: ParagraphDraft | undefined;
  private previous: BodyLine | undefined;
  /** A numbered list inside the current paragraph ("the following provisional agenda: 1. ... 2. ..."). */
  private list: { indent: number; last: number } | undefined;
  private titleFor: number | undefined;
  /** The heading whose title the previous line gave: a wrapped title goes on in the lines below. */
  private titleOpen: number | undefined;
  /** Whether the current paragraph holds a table whose rows are still coming. */
  private inTable = false;
  private boundary = 0;
  private readonly context: PartContext = { operativeStarted: false, lastNumber: 0, preambular: 0, operative: 0 };

  constructor(
    private readonly source: Source,
    private readonly comments: readonly Comment[],
  ) {}

  run(events: readonly StructureEvent[]): Assembled {
    events.forEach((event, index) => this.visit(events, index));
    this.flush();
    return {
      paragraphs: this.paragraphs,
      headings: this.headings,
      formulas: this.formulas,
      ...(this.closing ? { closing: this.closing } : {}),
    };
  }

  private visit(events: readonly StructureEvent[], index: number): void {
    const event = events[index];
    if (!event) return;
    if (event.type === 'body') return this.body(event.body, events, index);
    this.flush();
    this.previous = undefined;
    this.inTable = false;
    if (event.type === 'formula') return this.formula(event);
    if (event.type === 'heading') return this.heading(event, events.slice(index + 1, index + 4));
    this.closing = { span: event.span, ...(event.meeting ? { meeting: event.meeting } : {}), ...(event.date ? { date: event.date } : {}) };
    this.boundary = event.span.end;
  }

  private formula(event: Extract<StructureEvent, { type: 'formula' }>): void {
    const { line, formula } = event;
    const span = { start: line.start + formula.start, end: line.start + formula.end };
    const part = this.context.part;
    this.formulas.push({ organ: formula.organ, span, italic: formula.italic, ...(part ? { part } : {}) });
    this.context.operativeStarted = false;
    this.context.lastNumber = 0;
    this.titleFor = undefined;
    this.boundary = contentEnd(line);
  }

  private heading(event: Extract<StructureEvent, { type: 'heading' }>, following: readonly StructureEvent[]): void {
    const { line } = event;
    const heading = event.heading.kind === 'part' && !formulaFollows(following) ? { ...event.heading, kind: 'section' as const } : event.heading;
    const span = { start: contentStart(line), end: contentEnd(line) };
    const awaiting = this.titleFor !== undefined ? this.headings[this.titleFor] : undefined;
    if (heading.kind === 'other' && awaiting) return this.setTitle(span);
    const title = heading.titleStart === undefined ? undefined : cleanTitle(this.source.masked.slice(line.start + heading.titleStart, span.end));
    this.headings.push({ kind: heading.kind, label: heading.label, ...(title ? { title } : {}), span });
    this.titleFor = heading.kind === 'other' || title ? undefined : this.headings.length - 1;
    this.titleOpen = title ? this.headings.length - 1 : undefined;
    if (heading.kind === 'part') this.context.part = heading.label;
    if (heading.kind === 'section' || heading.kind === 'part') this.context.section = this.headings.length - 1;
    this.context.operativeStarted = false;
    this.boundary = span.end;
  }

  private setTitle(span: TextSpan): void {
    const index = this.titleFor ?? -1;
    const heading = this.headings[index];
    if (!heading) return;
    const title = cleanTitle(this.source.masked.slice(span.start, span.end));
    this.headings[index] = { ...heading, title, span: { start: heading.span.start, end: span.end } };
    this.titleFor = undefined;
    this.titleOpen = index;
    this.boundary = span.end;
  }

  /** A wrapped title's next line: "Revised estimates resulting from ... at its" / "seventy-fifth session". */
  private extendTitle(body: BodyLine, index: number): void {
    const heading = this.headings[index];
    const end = contentEnd(body.line);
    if (!heading) return;
    const title = cleanTitle(`${heading.title ?? ''} ${this.source.masked.slice(contentStart(body.line), end)}`);
    this.headings[index] = { ...heading, title, span: { start: heading.span.start, end } };
    this.titleOpen = index;
    this.boundary = end;
  }

  /** "II Revised estimates ...": a section or part and its title on one line. */
  private titledHeading(body: BodyLine, heading: HeadingLine, following: readonly StructureEvent[]): void {
    this.flush();
    this.previous = undefined;
    this.titleFor = undefined;
    this.heading({ type: 'heading', line: body.line, heading, markers: body.markers }, following);
  }

  private body(body: BodyLine, events: readonly StructureEvent[], index: number): void {
    if (isTableRow(body.line) || (this.inTable && !this.startsAfterTable(body))) return this.tableLine(body);
    this.inTable = false;
    const open = this.titleOpen;
    this.titleOpen = undefined;
    if (open !== undefined && continuesTitle(this.source.masked, body, this.headings[open]?.title ?? '')) return this.extendTitle(body, open);
    const titled = titledHeadingLine(body.line);
    if (titled && (!this.current || this.followsClause(body))) return this.titledHeading(body, titled, events.slice(index + 1, index + 4));
    if (this.isHeading(body, events, index)) {
      this.flush();
      this.previous = undefined;
      const span = { start: contentStart(body.line), end: contentEnd(body.line) };
      if (this.titleFor !== undefined) return this.setTitle(span);
      return this.heading({ type: 'heading', line: body.line, heading: { kind: 'other', label: this.source.masked.slice(span.start, span.end).replace(/\*+/g, '').trim() }, markers: body.markers }, []);
    }
    this.titleFor = undefined;
    const label = subparagraphLabel(body.line);
    if (this.current && label && this.followsClause(body)) {
      this.current.lines.push(body);
      this.current.subparagraphStarts.push(this.current.lines.length - 1);
    } else if (!this.current || this.startsParagraph(body)) {
      this.flush();
      this.current = { lines: [body], subparagraphStarts: [], boundary: this.boundary };
    } else {
      this.current.lines.push(body);
    }
    this.previous = body;
  }

  /** Rows of a table (and the captions between them) belong to the paragraph the table is in. */
  private tableLine(body: BodyLine): void {
    if (!this.current) return;
    this.current.lines.push(body);
    this.previous = body;
    this.inTable = true;
  }

  /** After a table, a numbered line or one that opens with an opening phrase starts a paragraph again. */
  private startsAfterTable(body: BodyLine): boolean {
    if (paragraphNumber(body.line)) return true;
    return findOpening(this.source.masked, contentStart(body.line), body.line.end)?.kind !== undefined;
  }

  /**
   * A heading's line: standing alone, under a section numeral, or (in text without blank lines) after
   * the end of a clause and before a line that opens a paragraph.
   */
  private isHeading(body: BodyLine, events: readonly StructureEvent[], index: number): boolean {
    const next = events[index + 1];
    if (!this.isHeadingText(body, next)) return false;
    const standsAlone = body.gap !== 'none' && !(next?.type === 'body' && next.body.gap === 'none');
    if (standsAlone || this.titleFor !== undefined) return true;
    return (!this.current || this.followsClause(body)) && closesHeading(this.source.masked, events, index + 1);
  }

  /**
   * A heading's text where it stands: no opening phrase, and not the end of a paragraph cut by a page
   * break. A title under its numeral may be wrapped ("... forms of racism," / "racial discrimination ...").
   */
  private isHeadingText(body: BodyLine, next: StructureEvent | undefined): boolean {
    const wrapped = this.titleFor !== undefined && next?.type === 'body' && continuesTitle(this.source.masked, next.body, '');
    if (!headingShaped(this.source.masked, body, { longest: this.titleFor === undefined ? 250 : longestTitle, wrapped })) return false;
    if (this.current && body.gap === 'break' && !this.followsClause(body)) return false;
    const found = findOpening(this.source.masked, contentStart(body.line), contentEnd(body.line));
    if (!found) return true;
    // "Recovering together", "Peacekeeping operations": a participle-like word that no italics mark.
    return !found.opening.italic && !knownHead(found.opening.head);
  }

  private followsClause(body: BodyLine): boolean {
    if (body.gap === 'blank') return true;
    const previous = this.previous;
    if (!previous) return true;
    return endsClause(this.source.masked, contentStart(previous.line), contentEnd(previous.line), previous.markers);
  }

  private startsParagraph(body: BodyLine): boolean {
    const current = this.current;
    if (!current) return true;
    const number = paragraphNumber(body.line);
    // "8." alone, then "9. *Urges* ...": paragraph 8 is still to be written.
    if (current.lines.length === 1 && isNumberOnly(current.lines[0])) return number !== undefined;
    const afterClause = this.followsClause(body);
    if (number && this.continuesList(body, number.value)) return false;
    if (number) return body.gap !== 'none' || afterClause || number.value === this.lastNumberSeen() + 1;
    const start = contentStart(body.line);
    const blankBefore = body.gap === 'blank' && /^[A-Z*“"(\d]/.test(this.source.masked[start] ?? '');
    const found = findOpening(this.source.masked, start, body.line.end);
    if (!found) return blankBefore;
    if (this.inOperativePart() && found.kind !== 'operative') return blankBefore;
    if (found.opening.italic) return found.kind !== undefined || (blankBefore && this.endsSentencePart());
    if (!this.endsSentencePart()) return blankBefore;
    // Whether other paragraphs carry italics says nothing here: italicizing one opening must not change
    // how the rest of the text is read. Inside wrapped text only a known head starts a paragraph
    // ("Production,\nStockpiling and Use of Chemical Weapons" continues a title).
    return body.gap !== 'none' || knownHead(found.opening.head);
  }

  /** Whether the paragraphs so far (in this part or section) include an operative one, the current one included. */
  private inOperativePart(): boolean {
    if (this.context.operativeStarted) return true;
    const lines = this.current?.lines ?? [];
    const first = lines[0];
    const number = first ? paragraphNumber(first.line) : undefined;
    if (!first || !number) return false;
    // "3. *Recalling also* ...," is a numbered preambular paragraph: the preamble goes on after it.
    const opensAt = isNumberOnly(first) ? lines[1]?.line : first.line;
    const start = opensAt === first.line ? skipSpaces(this.source.masked, first.line.start + number.after, first.line.end) : opensAt && contentStart(opensAt);
    return start === undefined || !opensAt || findOpening(this.source.masked, start, opensAt.end)?.kind !== 'preambular';
  }

  /** The previous line ends with `,` `;` or `.`: a colon introduces sub-items, not a new paragraph. */
  private endsSentencePart(): boolean {
    const previous = this.previous;
    if (!previous) return true;
    const ending = endingBefore(this.source.masked, contentStart(previous.line), contentEnd(previous.line), previous.markers);
    return ending !== undefined && /[,;.]/.test(ending.char);
  }

  /** Items of a numbered list inside the paragraph: from 1 after a colon, deeper than the paragraph or restarting its numbering. */
  private continuesList(body: BodyLine, value: number): boolean {
    const indent = contentStart(body.line) - body.line.start;
    if (this.list) {
      if (indent === this.list.indent && value === this.list.last + 1) {
        this.list.last = value;
        return true;
      }
      return false;
    }
    const first = this.current?.lines[0]?.line;
    const previous = this.previous;
    if (value !== 1 || !first || !previous) return false;
    if (indent <= contentStart(first) - first.start && this.lastNumberSeen() < 1) return false;
    const ending = this.source.masked.slice(contentStart(previous.line), contentEnd(previous.line)).replace(/[\s*]+$/, '');
    if (!ending.endsWith(':')) return false;
    this.list = { indent, last: 1 };
    return true;
  }

  private lastNumberSeen(): number {
    const first = this.current?.lines[0];
    const number = first ? paragraphNumber(first.line) : undefined;
    return number?.value ?? this.context.lastNumber;
  }

  private flush(): void {
    const draft = this.current;
    this.current = undefined;
    this.list = undefined;
    if (!draft) return;
    const paragraph = buildParagraph(this.source, draft, this.context, this.comments);
    this.paragraphs.push(paragraph);
    this.boundary = paragraph.span.end;
  }
}

/**
 * A letter heading is a part of a multi-part text when a formula follows it (after its title); without
 * one it heads a subsection ("A Base/floor salary scale" under section II of A/RES/74/255).
 */
function formulaFollows(following: readonly StructureEvent[]): boolean {
  for (const event of following) {
    if (event.type === 'formula') return true;
    if (event.type !== 'body' && !(event.type === 'heading' && event.heading.kind === 'other')) return false;
  }
  return false;
}

function isNumberOnly(body: BodyLine | undefined): boolean {
  if (!body) return false;
  const number = paragraphNumber(body.line);
  return number !== undefined && contentEnd(body.line) <= body.line.start + number.after;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

export function assembleParagraphs(source: Source, events: readonly StructureEvent[], comments: readonly Comment[]): Assembled {
  return new Assembler(source, comments).run(events);
}
