// Bracketed ("[3]") and superscript ("³") footnote markers are what a drafter types. A bare digit
// after a word is a marker only by inference (the parser takes it when it continues the numbering),
// so rules that would flag it do so only when a footnote text confirms it.

import type { FootnoteMarker } from '../../model';

export function isTypedMarker(marker: FootnoteMarker): boolean {
  return marker.style === 'bracket' || marker.style === 'superscript';
}
