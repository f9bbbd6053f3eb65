import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officialDocumentLink } from '../../../server/src/service/lookup/citationKinds';
import { escapeMarkdown, excerpt, excerptBefore, markdownKeepingItalics, writtenDate } from '../../../server/src/service/lookup/words';
import type { Citation } from '../../../server/src/service/model';

const citation = (kind: Citation['kind'], symbol: string, part?: string): Citation => ({
  kind,
  symbol,
  written: symbol,
  ...(part ? { part } : {}),
  span: { start: 0, end: symbol.length },
  inFootnote: false,
});

describe('how lookups write things', () => {
  it('writes dates as resolutions do', () => {
    assert.equal(writtenDate('2011-12-19'), '19 December 2011');
    assert.equal(writtenDate('2001-09-08'), '8 September 2001');
    assert.equal(writtenDate('December 2011'), 'December 2011');
  });

  it('cuts excerpts after a whole word, and before a marker at a whole word', () => {
    assert.equal(excerpt('Requests the Secretary-General to submit a report', 30), 'Requests the Secretary-General…');
    assert.equal(excerpt('Requests   the\nOffice', 30), 'Requests the Office');
    assert.equal(excerptBefore('Takes note with appreciation of the report of the Secretary-General', 40), '…of the report of the Secretary-General');
  });

  it('escapes Markdown, keeping the italics of opening phrases and titles', () => {
    assert.equal(escapeMarkdown('[1] *x* _y_ <b>'), '\\[1\\] \\*x\\* \\_y\\_ \\<b\\>');
    assert.equal(markdownKeepingItalics('United Nations, *Treaty Series*, vol. 2349 [1]'), 'United Nations, *Treaty Series*, vol. 2349 \\[1\\]');
  });
});

describe('the official document of a citation', () => {
  it('is on docs.un.org for resolutions and documents, without the part letter or the space before a Security Council year', () => {
    assert.equal(officialDocumentLink(citation('ga-resolution', 'A/RES/66/181')), 'https://docs.un.org/en/A/RES/66/181');
    assert.equal(officialDocumentLink(citation('ga-resolution', 'A/RES/74/261 B', 'B')), 'https://docs.un.org/en/A/RES/74/261');
    assert.equal(officialDocumentLink(citation('sc-resolution', 'S/RES/1373 (2001)')), 'https://docs.un.org/en/S/RES/1373(2001)');
    assert.equal(officialDocumentLink(citation('ecosoc-resolution', 'E/RES/2007/12')), 'https://docs.un.org/en/E/RES/2007/12');
    assert.equal(officialDocumentLink(citation('document', 'A/CONF.234/16')), 'https://docs.un.org/en/A/CONF.234/16');
  });

  it('is not given for decisions and treaties, which have no document of their own', () => {
    assert.equal(officialDocumentLink(citation('ga-decision', 'A/DEC/74/501')), undefined);
    assert.equal(officialDocumentLink(citation('treaty', 'United Nations, Treaty Series, vol. 2349, No. 42146')), undefined);
  });
});
