// Hover on a cross-reference ("paragraph 12 above", "paragraphs 3 to 5 of the present resolution",
// "subparagraph (b)", "the previous paragraph", "annex II to the present resolution") shows the text it
// points to, or says plainly that the draft has no such paragraph.

import type { CrossReference, ResolutionDocument, Subparagraph } from '../../model';
import { crossReferenceTargets, type DraftTarget } from '../targets';
import { escapeMarkdown, excerpt, markdownKeepingItalics } from '../words';
import type { HoverContext, HoverProvider, HoverResult } from './types';

/** Paragraphs shown for a range ("paragraphs 3 to 12"), and how much of each. */
const TARGETS_SHOWN = 5;
const TARGET_CHARS = 600;
const SUBPARAGRAPHS_SHOWN = 6;
const SUBPARAGRAPH_CHARS = 240;

export const crossReferenceHover: HoverProvider = {
  name: 'cross-reference',
  provide(context: HoverContext): HoverResult | undefined {
    const element = context.element;
    if (element?.kind !== 'cross-reference' || !element.reference.internal || element.reference.kind === 'present-resolution') return undefined;
    const { reference } = element;
    const targets = crossReferenceTargets(context.document, reference);
    const shown = targets.slice(0, TARGETS_SHOWN).map((target) => targetText(context.document, target));
    const more = targets.length > TARGETS_SHOWN ? [`…and ${targets.length - TARGETS_SHOWN} more.`] : [];
    const markdown = shown.length > 0 ? [...shown, ...more].join('\n\n---\n\n') : nothingThere(context.document, reference);
    return { markdown, span: reference.span };
  },
};

function targetText(document: ResolutionDocument, target: DraftTarget): string {
  if (target.kind === 'annex') {
    const body = excerpt(document.text.slice(target.selectionSpan.end, target.span.end), TARGET_CHARS);
    return body ? `**${escapeMarkdown(target.label)}**\n\n${markdownKeepingItalics(body)}` : `**${escapeMarkdown(target.label)}**`;
  }
  const { paragraph, subparagraph } = target;
  const number = paragraph.number === undefined ? '' : String(paragraph.number);
  if (subparagraph) return `**Operative paragraph ${number} (${subparagraph.label})**\n\n${subparagraphText(document, subparagraph)}`;
  const ownEnd = paragraph.subparagraphs[0]?.span.start ?? paragraph.span.end;
  const own = markdownKeepingItalics(excerpt(document.text.slice(paragraph.span.start, ownEnd), TARGET_CHARS)).replace(/^(\d+)\./, '$1\\.');
  const subparagraphs = paragraph.subparagraphs.slice(0, SUBPARAGRAPHS_SHOWN).map((subparagraph) => subparagraphText(document, subparagraph));
  const more = paragraph.subparagraphs.length > SUBPARAGRAPHS_SHOWN ? ['…'] : [];
  return [`**Operative paragraph ${number}**`, own, ...subparagraphs, ...more].join('\n\n');
}

function subparagraphText(document: ResolutionDocument, subparagraph: Subparagraph): string {
  return markdownKeepingItalics(excerpt(document.text.slice(subparagraph.span.start, subparagraph.span.end), SUBPARAGRAPH_CHARS));
}

function nothingThere(document: ResolutionDocument, reference: CrossReference): string {
  const written = escapeMarkdown(document.text.slice(reference.span.start, reference.span.end).replace(/\s+/g, ' '));
  const numbers = document.operative.flatMap((paragraph) => (paragraph.number === undefined ? [] : [paragraph.number]));
  const last = numbers.length === 0 ? undefined : Math.max(...numbers);
  if (reference.kind === 'annex') return `**${written}**\n\nThis draft has no such annex.`;
  if (reference.kind === 'previous-paragraph') return `**${written}**\n\nNo numbered operative paragraph comes before this one.`;
  if (reference.subparagraph) return `**${written}**\n\nThe paragraph referred to has no subparagraph (${reference.subparagraph}).`;
  const size = last === undefined ? 'it has no numbered operative paragraphs' : `its operative paragraphs run from 1 to ${last}`;
  return `**${written}**\n\nThis draft has no operative paragraph ${reference.targets.join(', ')} (${size}).`;
}
