// What a draft paragraph changes against its precedent, in the forms editors show: Markdown with the
// precedent's words that the draft drops struck through and the draft's own words in bold (hovers,
// the report), and the source spans of the draft's own words (the "new wording" marks).

import { whatIsNew, type WordChange } from '../corpus/precedent';
import { corpusParagraphText } from '../corpus/fromModel';
import { escapeMarkdown } from '../lookup/words';
import type { Paragraph, ResolutionDocument, TextSpan } from '../model';
import { mapParagraph, sourceSpan } from './sourceMap';

/** "Requests ~~the Secretary-General~~ **the Office** to …": removed words struck through, added words in bold. */
export function diffMarkdown(changes: readonly WordChange[]): string {
  return changes
    .map((change) => {
      if (change.change === 'same') return escapeMarkdown(change.text);
      const mark = change.change === 'added' ? '**' : '~~';
      const core = change.text.trim();
      if (!core) return change.change === 'added' ? change.text : '';
      const lead = change.text.slice(0, change.text.indexOf(core));
      const trail = change.text.slice(lead.length + core.length);
      return `${lead}${mark}${escapeMarkdown(core)}${mark}${trail}`;
    })
    .join('');
}

/** The paragraph's words that its precedent lacks, as spans of the draft (empty when the source cannot be followed). */
export function addedWordSpans(document: ResolutionDocument, paragraph: Paragraph, precedentText: string): TextSpan[] {
  const map = mapParagraph(document, paragraph);
  if (!map) return [];
  return whatIsNew(corpusParagraphText(paragraph), precedentText).flatMap((change) => {
    if (change.change !== 'added' || change.offset === undefined) return [];
    const lead = change.text.length - change.text.trimStart().length;
    const core = change.text.trim();
    if (!core) return [];
    const start = change.offset + lead;
    return [sourceSpan(map, start, start + core.length)];
  });
}
