// "as set out in annex II to the present resolution" in a draft that has no annex II: the annex a
// reference names must be in the text, after the operative part ("Annex", "Annex II"). A draft
// circulated without its annex is an unfinished draft, not a wrong one, hence a warning.

import type { CrossReference, ResolutionDocument } from '../model';
import type { Rule, RuleFinding } from './rule';

export const crossRefAnnexMissing: Rule = {
  code: 'cross-ref-annex-missing',
  defaultSeverity: 'warning',
  description: 'A reference to “the annex (II) to the present resolution” names an annex that the text has.',
  check(document) {
    const annexes = annexLabels(document);
    const anyAnnex = annexes.length > 0 || document.annexes.length > 0;
    return document.crossReferences.flatMap((reference) => {
      if (reference.kind !== 'annex') return [];
      if (!reference.annex) return anyAnnex ? [] : [finding(reference, 'The text has no annex: add it after the operative part, or correct the reference.')];
      if (annexes.includes(reference.annex) || annexedText(document).includes(`Annex ${reference.annex}`)) return [];
      return [finding(reference, `There is no annex ${reference.annex}: ${described(annexes)}. Add it, or correct the reference.`)];
    });
  },
};

/** Numerals of the annex headings ("Annex II" → "II"; a lone "Annex" → ""). */
function annexLabels(document: ResolutionDocument): string[] {
  return document.headings.filter((heading) => heading.kind === 'annex').map((heading) => heading.label.replace(/^Annex[ \u00a0]*/i, '').trim());
}

/** Annex headings the parser did not list, read from the text after the closing line (adopted texts). */
function annexedText(document: ResolutionDocument): string[] {
  return document.annexes.flatMap((span) => document.text.slice(span.start, span.end).split(/\r?\n/).map((line) => line.replace(/[*\s\u00a0]+/g, ' ').trim()));
}

function described(labels: readonly string[]): string {
  const named = labels.filter((label) => label !== '');
  if (labels.length === 0) return 'the text has no annex';
  if (named.length === 0) return 'the text has a single annex, “the annex”';
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : named[0];
  return `the text has annex${named.length > 1 ? 'es' : ''} ${list}`;
}

function finding(reference: CrossReference, message: string): RuleFinding {
  return { span: reference.span, message };
}
