// A footnote text that no marker in the resolution refers to: its marker was deleted with the words
// it annotated, or mistyped. Adopted resolutions have none.

import type { Rule } from './rule';

export const footnoteUnreferenced: Rule = {
  code: 'footnote-unreferenced',
  defaultSeverity: 'warning',
  description: 'Every footnote text is referenced by a marker in the resolution.',
  check(document) {
    const referenced = new Set(document.footnoteMarkers.map((marker) => marker.marker));
    return document.footnotes
      .filter((footnote) => !referenced.has(footnote.marker))
      .map((footnote) => ({
        span: footnote.markerSpan,
        message: `Footnote ${footnote.marker} is not referenced in the text: add the marker [${footnote.marker}] where it belongs, or delete the footnote.`,
      }));
  },
};
