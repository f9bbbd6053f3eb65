import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { elementAt } from '../../../server/src/service/lookup/elementAt';
import { CRIME_DRAFT, parsed, spanOf, textOf } from './drafts';

const document = parsed(CRIME_DRAFT);

describe('what lies under a position', () => {
  it('finds a citation from its first character to just after its last', () => {
    const span = spanOf(CRIME_DRAFT, '66/181 of 19 December 2011');
    for (const offset of [span.start, span.start + 3, span.start + 6]) {
      const element = elementAt(document, offset);
      assert.equal(element?.kind, 'citation');
      assert.equal(element.kind === 'citation' && element.citation.symbol, 'A/RES/66/181');
    }
  });

  it('gives a marker glued to a citation to the marker, not the citation before it', () => {
    const marker = spanOf(CRIME_DRAFT, '[1]');
    const element = elementAt(document, marker.start);
    assert.equal(element?.kind, 'footnote-marker');
    assert.deepEqual(element.kind === 'footnote-marker' && element.marker.span, marker);
  });

  it('finds a cross-reference, and the paragraph around plain words', () => {
    const reference = elementAt(document, spanOf(CRIME_DRAFT, 'paragraph 2 (b) above').start + 4);
    assert.equal(reference?.kind === 'cross-reference' && textOf(CRIME_DRAFT, reference.reference.span), 'paragraph 2 (b) above');
    const paragraph = elementAt(document, spanOf(CRIME_DRAFT, 'Member States to support').start);
    assert.equal(paragraph?.kind === 'paragraph' && paragraph.paragraph.kind === 'operative' && paragraph.paragraph.number, 3);
  });

  it('tells a footnote number from the footnote text, and the symbol in the footnote from both', () => {
    const number = spanOf(CRIME_DRAFT, '[1] A/66/113');
    const onNumber = elementAt(document, number.start + 1);
    assert.equal(onNumber?.kind === 'footnote' && onNumber.onMarker, true);
    const onSymbol = elementAt(document, spanOf(CRIME_DRAFT, 'A/66/113').start);
    assert.equal(onSymbol?.kind === 'citation' && onSymbol.citation.kind, 'document');
  });

  it('finds nothing on the cover lines', () => {
    assert.equal(elementAt(document, spanOf(CRIME_DRAFT, 'Seventy-ninth session').start), undefined);
  });
});
