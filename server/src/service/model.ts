// The document model of a resolution (a draft or an adopted text). Pure data: the parser builds it,
// the rules, the corpus index and every editor feature read it. Every element keeps its exact place
// in the source as offsets (UTF-16 code units, end exclusive), so that ranges are right in wrapped and
// unwrapped text alike; `LineIndex` turns offsets into lines and columns.

import type { LineIndex } from './text/lineIndex';

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export type ParagraphKind = 'preambular' | 'operative';

/** The italic phrase a paragraph opens with: "Reaffirming also", "Takes note with appreciation". */
export interface Opening {
  /** The phrase without italics markers, inner whitespace collapsed. */
  readonly text: string;
  /** The phrase itself, inside the markers when it carries them. */
  readonly span: TextSpan;
  /** Whether the source marks the phrase with `*...*`. */
  readonly italic: boolean;
  /** The phrase with its markers (equal to `span` when `italic` is false). */
  readonly markedSpan: TextSpan;
  /** The head verb or participle, lower case, without sequence adverb: "requests", "recalling", "having considered". */
  readonly head: string;
  /** "also" or "further" when the phrase carries one. */
  readonly sequenceAdverb?: 'also' | 'further';
}

export type FootnoteMarkerStyle = 'bracket' | 'superscript' | 'glued' | 'spaced';

export interface FootnoteMarker {
  /** The footnote number as ASCII digits. */
  readonly marker: string;
  readonly span: TextSpan;
  readonly style: FootnoteMarkerStyle;
}

export interface Subparagraph {
  /** "a", "b", ... or "i", "ii", ... without parentheses. */
  readonly label: string;
  readonly labelKind: 'letter' | 'roman';
  /** The label with its parentheses: "(a)". */
  readonly labelSpan: TextSpan;
  /** From the label to the end of the sub-paragraph's own text (children included). */
  readonly span: TextSpan;
  /** The sub-paragraph's own text, lines joined by single spaces, without label, italics or footnote markers. */
  readonly text: string;
  readonly ending?: Ending;
  readonly children: readonly Subparagraph[];
}

/** The last significant character of a paragraph, ignoring trailing footnote markers. */
export interface Ending {
  readonly char: string;
  readonly offset: number;
}

interface ParagraphBase {
  readonly kind: ParagraphKind;
  /** Position among the paragraphs of its kind, 0-based, in document order. */
  readonly index: number;
  /** The whole paragraph, from its number (or opening) to the end of its last sub-paragraph. */
  readonly span: TextSpan;
  /** The paragraph without its number. */
  readonly bodySpan: TextSpan;
  /** When a page-break footnote block interrupts the paragraph, the pieces of text that belong to it. */
  readonly fragments: readonly TextSpan[];
  readonly opening?: Opening;
  /** The paragraph's own text (up to its first sub-paragraph), lines joined by single spaces, without number, italics or footnote markers. */
  readonly text: string;
  /** `text` followed by the sub-paragraphs with their labels, for search and comparison. */
  readonly fullText: string;
  readonly subparagraphs: readonly Subparagraph[];
  readonly footnoteMarkers: readonly FootnoteMarker[];
  /** The ending of the paragraph's own text (`:` before sub-paragraphs); each sub-paragraph has its own. */
  readonly ending?: Ending;
  /** Index into `ResolutionDocument.headings` of the section heading this paragraph follows, if any. */
  readonly section?: number;
  /** Part letter ("A", "B") in multi-part texts. */
  readonly part?: string;
  /** Rule codes silenced for this paragraph by an `<!-- unres-ignore ... -->` comment ("*" silences all). */
  readonly suppressed: readonly string[];
}

export interface PreambularParagraph extends ParagraphBase {
  readonly kind: 'preambular';
  /** A number or letter that a preambular paragraph should not carry ("3." or "(c)"), if any. */
  readonly strayNumberSpan?: TextSpan;
}

export interface OperativeParagraph extends ParagraphBase {
  readonly kind: 'operative';
  /** The paragraph number; undefined for an operative paragraph typed without one. */
  readonly number?: number;
  /** The digits of the number (without the full stop). */
  readonly numberSpan?: TextSpan;
}

export type Paragraph = PreambularParagraph | OperativeParagraph;

export type HeadingKind = 'section' | 'part' | 'annex' | 'other';

/** Section headings (I, II, "Section 1"), parts (A, B), annex headings: not paragraphs of the resolution. */
export interface Heading {
  readonly kind: HeadingKind;
  /** "I", "A", "Section 1", "Annex", "Annex II". */
  readonly label: string;
  /** The heading's title line, when it has one. */
  readonly title?: string;
  readonly span: TextSpan;
}

export interface Footnote {
  readonly marker: string;
  readonly markerSpan: TextSpan;
  /** The footnote from its marker to the end of its text. */
  readonly span: TextSpan;
  /** The footnote's text, lines joined, italics markers removed. */
  readonly text: string;
  readonly textSpan: TextSpan;
}

export type CitationKind =
  | 'ga-resolution'
  | 'ga-decision'
  | 'ecosoc-resolution'
  | 'ecosoc-decision'
  | 'sc-resolution'
  | 'hrc-resolution'
  | 'document'
  | 'treaty';

export interface Citation {
  readonly kind: CitationKind;
  /** Full symbol: "A/RES/62/175", "A/RES/75/253 B", "E/RES/2007/12", "S/RES/1373 (2001)", "A/DEC/74/501", "A/62/126". */
  readonly symbol: string;
  /** The symbol as written in the text ("62/175", "1373 (2001)", "A/62/126"). */
  readonly written: string;
  /** Part letter of a multi-part resolution ("B"), when cited. */
  readonly part?: string;
  /** Adoption date as written in the citation, ISO `YYYY-MM-DD`. */
  readonly date?: string;
  readonly dateSpan?: TextSpan;
  /** Title given in the citation ("entitled “...”"), without quotes. */
  readonly title?: string;
  readonly titleSpan?: TextSpan;
  /** The symbol as written (what a hover or a link covers). */
  readonly span: TextSpan;
  /** Whether the citation sits in a footnote text. */
  readonly inFootnote: boolean;
}

export type CrossReferenceKind = 'paragraph' | 'subparagraph' | 'previous-paragraph' | 'present-resolution' | 'annex';

/** A reference from the resolution to itself: "paragraph 34 above", "paragraphs 3 to 5", "the previous paragraph". */
export interface CrossReference {
  readonly kind: CrossReferenceKind;
  /** Operative paragraph numbers referred to (ranges expanded); empty for the resolution as a whole. */
  readonly targets: readonly number[];
  /** Sub-paragraph letter, for "paragraph 4 (b)" and "subparagraph (c)". */
  readonly subparagraph?: string;
  readonly direction?: 'above' | 'below' | 'present-resolution';
  /** Annex numeral for "annex II to the present resolution". */
  readonly annex?: string;
  readonly span: TextSpan;
  /** The spans of the numbers themselves, in order (what renumbering rewrites). */
  readonly numberSpans: readonly TextSpan[];
  /** Whether the reference points into this resolution (false for "paragraph 5 of resolution 70/1"). */
  readonly internal: boolean;
}

export interface Comment {
  readonly span: TextSpan;
  /** The comment's text without `<!--` and `-->`. */
  readonly text: string;
  /** Rule codes named by an `unres-ignore` comment ("*" when it names none). */
  readonly ignore?: readonly string[];
}

export interface Formula {
  /** "The General Assembly", "The Human Rights Council". */
  readonly organ: string;
  readonly span: TextSpan;
  readonly italic: boolean;
  readonly part?: string;
}

export interface CoverLine {
  readonly kind: 'symbol' | 'session' | 'agenda-item' | 'sponsors' | 'distribution' | 'date' | 'organ' | 'other';
  readonly text: string;
  readonly span: TextSpan;
}

export interface ResolutionDocument {
  readonly text: string;
  readonly lines: LineIndex;
  /** ISO 639-1 code of the language the text is written in ("en"), or "unknown". */
  readonly language: string;
  readonly cover: readonly CoverLine[];
  /** The document's own symbol, from the cover lines or the title number: "A/79/L.5", "A/RES/66/181". */
  readonly symbol?: { readonly value: string; readonly span?: TextSpan };
  /** Session number, from the symbol or the session line. */
  readonly session?: number;
  readonly agendaItem?: string;
  /** Sponsoring States of a draft ("Angola, Brazil and ...: draft resolution"). */
  readonly sponsors?: readonly string[];
  readonly title?: {
    readonly text: string;
    /** "66/181" in an adopted text; absent in a draft. */
    readonly number?: string;
    readonly span: TextSpan;
    readonly textSpan: TextSpan;
  };
  readonly formulas: readonly Formula[];
  /** Preambular and operative paragraphs in document order. */
  readonly paragraphs: readonly Paragraph[];
  readonly preambular: readonly PreambularParagraph[];
  readonly operative: readonly OperativeParagraph[];
  readonly headings: readonly Heading[];
  /** Annexes and other text after the closing meeting line: out of the resolution's paragraphs. */
  readonly annexes: readonly TextSpan[];
  readonly closing?: { readonly meeting?: string; readonly date?: string; readonly span: TextSpan };
  /** Footnote markers in the resolution's text (not inside footnote texts), in document order. */
  readonly footnoteMarkers: readonly FootnoteMarker[];
  readonly footnotes: readonly Footnote[];
  readonly citations: readonly Citation[];
  readonly crossReferences: readonly CrossReference[];
  readonly comments: readonly Comment[];
  /** Whether the text marks any opening phrase or verb with `*...*`. */
  readonly usesItalics: boolean;
  /** Declaration-style text ("We, the Heads of State ..."): full sentences, no participles or verbs to check. */
  readonly isDeclaration: boolean;
}
