// The preamble comes before the operative part (Editorial Manual, "Order of elements"): a preambular
// paragraph among the operative paragraphs, or an operative one in the middle of the preamble, is out
// of place. Each section of a sectioned text, and each part, may open with its own preamble.

import type { Fix } from '../findings';
import type { OperativeParagraph, Paragraph } from '../model';
import { openingLexiconFor, type OpeningLexicon } from '../lexicon/knownOpenings';
import { replaceOpening, withCaseOf } from './helpers/openingEdits';
import { looksLikeHeading, runsOf } from './helpers/sequence';
import type { Rule, RuleFinding } from './rule';

export const paragraphOrder: Rule = {
  code: 'paragraph-order',
  defaultSeverity: 'error',
  description: 'Preambular paragraphs come before the operative paragraphs (in each part and section).',
  skipsDeclarations: true,
  check(document, context) {
    const lexicon = openingLexiconFor(context.corpus);
    return runsOf(document).flatMap((run) => outOfPlace(run, lexicon));
  },
};

function outOfPlace(run: readonly Paragraph[], lexicon: OpeningLexicon): RuleFinding[] {
  const firstNumbered = run.findIndex((paragraph) => paragraph.kind === 'operative' && paragraph.number !== undefined);
  const operativeStart = firstNumbered >= 0 ? firstNumbered : run.length;
  const lastPreambular = run.slice(0, operativeStart).map((paragraph) => paragraph.kind).lastIndexOf('preambular');
  return run.flatMap((paragraph, index) => {
    if (looksLikeHeading(paragraph) || !paragraph.opening || !lexicon.isHead(paragraph.kind, paragraph.opening.head)) return [];
    if (paragraph.kind === 'preambular' && index > operativeStart && !opensSection(run, index)) return [preambularAmongOperative(paragraph)];
    if (paragraph.kind === 'operative' && index < lastPreambular) return [operativeInPreamble(paragraph, lexicon)];
    return [];
  });
}

/**
 * Whether the preambular paragraphs at `index` are the preamble of a new section whose heading the
 * text does not mark: the operative paragraphs after them start again at 1, or there is one, unnumbered.
 */
function opensSection(run: readonly Paragraph[], index: number): boolean {
  const next = run.slice(index + 1).find((paragraph) => paragraph.kind === 'operative');
  return next?.kind === 'operative' && (next.number === undefined || next.number === 1);
}

function preambularAmongOperative(paragraph: Paragraph): RuleFinding {
  return {
    span: paragraph.opening?.span ?? firstWords(paragraph),
    message: 'A preambular paragraph among the operative paragraphs: move it into the preamble, or open it with an operative verb.',
  };
}

function operativeInPreamble(paragraph: OperativeParagraph, lexicon: OpeningLexicon): RuleFinding {
  const { opening } = paragraph;
  const participle = opening ? lexicon.participle(opening.head) : undefined;
  const fixes: Fix[] = [];
  if (opening && participle && !opening.sequenceAdverb && opening.text.toLowerCase().startsWith(opening.head)) {
    const phrase = withCaseOf(opening.text, participle) + opening.text.slice(opening.head.length);
    fixes.push(replaceOpening(opening, phrase));
  }
  const hint = participle ? `, such as “${withCaseOf('X', participle)}”` : '';
  return {
    span: opening?.span ?? firstWords(paragraph),
    message: `An operative paragraph in the preamble: preambular paragraphs open with a participle or adjective${hint}.`,
    ...(fixes.length > 0 ? { fixes } : {}),
  };
}

function firstWords(paragraph: Paragraph): { start: number; end: number } {
  return { start: paragraph.bodySpan.start, end: Math.min(paragraph.bodySpan.end, paragraph.bodySpan.start + 40) };
}
