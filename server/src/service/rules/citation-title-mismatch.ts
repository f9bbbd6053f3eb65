// "resolution 64/293 of 30 July 2010 entitled “...”": the title given must be the title the corpus
// has for that resolution. Case, quotation marks, italics, dashes and spacing are not compared, since
// the corpus itself varies in them, nor a leading "The". Parts of multi-part resolutions ("74/92 B,
// entitled “United Nations global communications policies and activities”") and sections of one
// ("section I of its resolution 74/133, entitled “Children without parental care”") carry titles of
// their own that the corpus does not record: they are not checked.

import type { TextSpan } from '../model';
import type { Rule } from './rule';

export const citationTitleMismatch: Rule = {
  code: 'citation-title-mismatch',
  defaultSeverity: 'warning',
  description: 'The title given for a cited General Assembly resolution ("entitled “...”") agrees with the corpus.',
  check(document, { corpus }) {
    return document.citations.flatMap((citation) => {
      if (citation.kind !== 'ga-resolution' || citation.title === undefined || !citation.titleSpan) return [];
      if (citation.part || citesSection(document.text, citation.span.start)) return [];
      const title = corpus.resolutionFacts(citation.symbol)?.title;
      const span = citation.titleSpan;
      if (!title || comparable(title) === comparable(citation.title) || continuesAfterQuote(document.text, span, title, citation.title)) return [];
      return [
        {
          span,
          message: `Resolution ${citation.written.replace(/\u00a0/g, ' ')} is entitled “${title}”: correct the title.`,
          fixes: [{ title: `Use the title “${title}”`, edits: [{ span, newText: title }], preferred: true }],
        },
      ];
    });
  },
};

const sectionOf = /\b(?:section|part|chapter|annex)[ \u00a0]+[IVXLA-Z\d]{1,6}[ \u00a0]+of[ \u00a0]+(?:its[ \u00a0]+)?resolution[ \u00a0]+$/i;

function citesSection(text: string, symbolStart: number): boolean {
  return sectionOf.test(text.slice(Math.max(0, symbolStart - 60), symbolStart));
}

/**
 * A title with quotations of its own (“Follow-up to ... Decade for Action, “Water for Sustainable
 * Development”, 2018–2028”) is cut at its first inner closing quote by the parser: it agrees when the
 * text after the cut goes on with the rest of the corpus title.
 */
function continuesAfterQuote(text: string, span: TextSpan, corpusTitle: string, cited: string): boolean {
  const whole = comparable(corpusTitle);
  const start = comparable(cited);
  if (!whole.startsWith(start)) return false;
  const after = comparable(text.slice(span.end, span.end + corpusTitle.length + 20));
  return after.startsWith(whole.slice(start.length).trim());
}

function comparable(title: string): string {
  return title
    .toLowerCase()
    .replace(/[*_“”"‘’'`]/g, '')
    .replace(/[\u2010-\u2015-]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.,;: ]+$/, '')
    .trim()
    .replace(/^the /, '');
}
