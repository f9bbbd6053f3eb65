// The outline of a draft (document symbols, breadcrumbs) and the basis of folding: the title, the
// preamble and the operative part (inside parts "A", "B" of multi-part texts, and with sections "I",
// "II" of sectioned texts), each paragraph by its label and opening words ("OP12 Draws attention to
// the emerging…"), sub-paragraphs, annexes and footnotes.

import type { Heading, Paragraph, ResolutionDocument, Subparagraph, TextSpan } from '../model';
import { excerpt, paragraphLabel } from './words';

export type OutlineKind = 'title' | 'part' | 'section' | 'preamble' | 'operative-part' | 'paragraph' | 'subparagraph' | 'annex' | 'footnotes' | 'footnote';

export interface OutlineNode {
  readonly kind: OutlineKind;
  readonly name: string;
  readonly detail?: string;
  /** Everything the node covers. */
  readonly span: TextSpan;
  /** What to highlight when it is picked: a number, a heading, an opening phrase. */
  readonly selectionSpan: TextSpan;
  readonly children: readonly OutlineNode[];
}

/** How many characters of a paragraph's opening words name it. */
const NAME_CHARS = 60;

export function outline(document: ResolutionDocument): OutlineNode[] {
  return [
    ...titleNode(document),
    ...body(document),
    ...document.annexes.map((span) => annexNode(document, span)),
    ...footnotesNode(document),
  ];
}

function titleNode(document: ResolutionDocument): OutlineNode[] {
  const title = document.title;
  if (!title) return [];
  const name = title.number ? `${title.number}. ${title.text}` : title.text;
  return [{ kind: 'title', name: excerpt(name, 100), detail: document.symbol?.value ?? '', span: title.span, selectionSpan: title.textSpan, children: [] }];
}

/** Parts when the text has them, else the preamble and the operative part. */
function body(document: ResolutionDocument): OutlineNode[] {
  const parts = document.headings.filter((heading) => heading.kind === 'part');
  if (parts.length === 0) return kindGroups(document, document.paragraphs);
  const before = document.paragraphs.filter((paragraph) => paragraph.part === undefined);
  return [
    ...kindGroups(document, before),
    ...parts.flatMap((heading) => {
      const paragraphs = document.paragraphs.filter((paragraph) => paragraph.part === heading.label);
      return [container('part', headingName(heading), heading, paragraphs, kindGroups(document, paragraphs))];
    }),
  ];
}

/** Consecutive paragraphs of one kind as "Preamble" / "Operative part", their sections inside. */
function kindGroups(document: ResolutionDocument, paragraphs: readonly Paragraph[]): OutlineNode[] {
  const groups: Paragraph[][] = [];
  for (const paragraph of paragraphs) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.kind === paragraph.kind) last.push(paragraph);
    else groups.push([paragraph]);
  }
  return groups.map((group) => {
    const kind = group[0]!.kind === 'preambular' ? 'preamble' : 'operative-part';
    const first = group[0]!;
    return container(kind, kind === 'preamble' ? 'Preamble' : 'Operative part', { span: first.span }, group, sections(document, group));
  });
}

/** Paragraphs under the section headings ("I. Implementation of the Convention…") they follow, if any. */
function sections(document: ResolutionDocument, paragraphs: readonly Paragraph[]): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  let current: { heading: Heading; paragraphs: Paragraph[] } | undefined;
  const flush = () => {
    if (current) nodes.push(container('section', headingName(current.heading), current.heading, current.paragraphs, current.paragraphs.map((p) => paragraphNode(document, p))));
    current = undefined;
  };
  for (const paragraph of paragraphs) {
    const heading = paragraph.section === undefined ? undefined : document.headings[paragraph.section];
    if (heading?.kind !== 'section') {
      flush();
      nodes.push(paragraphNode(document, paragraph));
    } else if (current?.heading === heading) {
      current.paragraphs.push(paragraph);
    } else {
      flush();
      current = { heading, paragraphs: [paragraph] };
    }
  }
  flush();
  return nodes;
}

function container(kind: OutlineKind, name: string, head: { span: TextSpan }, paragraphs: readonly Paragraph[], children: OutlineNode[]): OutlineNode {
  const last = paragraphs[paragraphs.length - 1];
  const span = { start: Math.min(head.span.start, paragraphs[0]?.span.start ?? head.span.start), end: Math.max(head.span.end, last?.span.end ?? head.span.end) };
  return { kind, name, span, selectionSpan: head.span, children };
}

function headingName(heading: Heading): string {
  return heading.title ? `${heading.label}. ${heading.title}` : heading.label;
}

function paragraphNode(document: ResolutionDocument, paragraph: Paragraph): OutlineNode {
  const ownEnd = paragraph.subparagraphs[0]?.span.start ?? paragraph.bodySpan.end;
  const words = nameWords(document.text, paragraph.bodySpan.start, ownEnd);
  return {
    kind: 'paragraph',
    name: `${paragraphLabel(paragraph)} ${words}`,
    span: paragraph.span,
    selectionSpan: paragraph.kind === 'operative' ? (paragraph.numberSpan ?? paragraph.opening?.span ?? paragraph.span) : (paragraph.opening?.span ?? paragraph.span),
    children: paragraph.subparagraphs.map((subparagraph) => subparagraphNode(document, subparagraph)),
  };
}

/** The opening words of a stretch of text, italics markers dropped (only its start is read: budget tables make long paragraphs). */
function nameWords(text: string, start: number, end: number): string {
  return excerpt(text.slice(start, Math.min(end, start + NAME_CHARS * 4)).replace(/\*/g, ''), NAME_CHARS);
}

function subparagraphNode(document: ResolutionDocument, subparagraph: Subparagraph): OutlineNode {
  const words = nameWords(document.text, subparagraph.labelSpan.end, subparagraph.span.end);
  return {
    kind: 'subparagraph',
    name: `(${subparagraph.label}) ${words}`,
    span: subparagraph.span,
    selectionSpan: subparagraph.labelSpan,
    children: subparagraph.children.map((child) => subparagraphNode(document, child)),
  };
}

function annexNode(document: ResolutionDocument, span: TextSpan): OutlineNode {
  const heading = document.headings.find((candidate) => candidate.kind === 'annex' && candidate.span.start >= span.start && candidate.span.start < span.end);
  const firstLine = document.text.slice(span.start, span.end).trim().split(/\r?\n/)[0] ?? '';
  const name = heading ? headingName(heading) : excerpt(firstLine, NAME_CHARS) || 'Annex';
  return { kind: 'annex', name, span, selectionSpan: heading?.span ?? span, children: [] };
}

function footnotesNode(document: ResolutionDocument): OutlineNode[] {
  const footnotes = document.footnotes;
  const first = footnotes[0];
  if (!first) return [];
  const last = footnotes[footnotes.length - 1]!;
  const children = footnotes.map((footnote) => ({
    kind: 'footnote' as const,
    name: `${footnote.marker} ${excerpt(footnote.text.slice(0, NAME_CHARS * 4), NAME_CHARS)}`,
    span: footnote.span,
    selectionSpan: footnote.markerSpan,
    children: [],
  }));
  return [{ kind: 'footnotes', name: 'Footnotes', span: { start: first.span.start, end: last.span.end }, selectionSpan: first.markerSpan, children }];
}
