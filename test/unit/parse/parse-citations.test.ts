import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Citation } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { spanOf } from './helpers';

function citationsOf(paragraph: string): { text: string; citations: readonly Citation[] } {
  const text = `*The General Assembly*,\n\n${paragraph}`;
  return { text, citations: parseResolution(text).citations };
}

const brief = (citation: Citation) => [citation.kind, citation.symbol, citation.written, citation.date];

describe('citations', () => {
  it('reads a General Assembly resolution with its date and title, and the spans of each', () => {
    const { text, citations } = citationsOf(
      '*Recalling also* its resolution 64/293 of 30 July 2010 entitled “United Nations Global Plan of Action to Combat Trafficking in Persons”,',
    );
    assert.deepEqual(citations, [
      {
        kind: 'ga-resolution',
        symbol: 'A/RES/64/293',
        written: '64/293',
        span: spanOf(text, '64/293'),
        date: '2010-07-30',
        dateSpan: spanOf(text, '30 July 2010'),
        title: 'United Nations Global Plan of Action to Combat Trafficking in Persons',
        titleSpan: spanOf(text, 'United Nations Global Plan of Action to Combat Trafficking in Persons'),
        inFootnote: false,
      },
    ]);
  });

  it('gives the date of a list to every resolution before it (A/RES/66/181)', () => {
    const { citations } = citationsOf(
      '*Reaffirming* its resolutions 46/152 of 18 December 1991, 60/1 of 16 September 2005, 65/169 of 20 December 2010 and 65/190 and 65/232 of 21 December 2010,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ga-resolution', 'A/RES/46/152', '46/152', '1991-12-18'],
      ['ga-resolution', 'A/RES/60/1', '60/1', '2005-09-16'],
      ['ga-resolution', 'A/RES/65/169', '65/169', '2010-12-20'],
      ['ga-resolution', 'A/RES/65/190', '65/190', '2010-12-21'],
      ['ga-resolution', 'A/RES/65/232', '65/232', '2010-12-21'],
    ]);
  });

  it('reads Economic and Social Council resolutions and decisions, named or by their year (A/RES/60/175)', () => {
    const { citations } = citationsOf(
      '*Bearing in mind also* all relevant Economic and Social Council resolutions, in particular resolutions 2005/14, 2005/15 and 2005/19 of 22 July 2005, and Economic and Social Council decision 2007/253 of 26 July 2007,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ecosoc-resolution', 'E/RES/2005/14', '2005/14', '2005-07-22'],
      ['ecosoc-resolution', 'E/RES/2005/15', '2005/15', '2005-07-22'],
      ['ecosoc-resolution', 'E/RES/2005/19', '2005/19', '2005-07-22'],
      ['ecosoc-decision', 'E/DEC/2007/253', '2007/253', '2007-07-26'],
    ]);
  });

  it('reads Security Council, Human Rights Council, pre-1976 and emergency special session resolutions', () => {
    const { citations } = citationsOf(
      '*Recalling* Security Council resolution 1373 (2001) of 28 September 2001, Human Rights Council resolution 45/3 of 6 October 2020, its resolutions 217 A (III) of 10 December 1948 and ES-10/19 of 21 December 2017, and the resolution 2334 (2016),',
    );
    assert.deepEqual(citations.map(brief), [
      ['sc-resolution', 'S/RES/1373 (2001)', '1373 (2001)', '2001-09-28'],
      ['hrc-resolution', 'A/HRC/RES/45/3', '45/3', '2020-10-06'],
      ['ga-resolution', 'A/RES/217(III) A', '217 A (III)', '1948-12-10'],
      ['ga-resolution', 'A/RES/ES-10/19', 'ES-10/19', '2017-12-21'],
      ['sc-resolution', 'S/RES/2334 (2016)', '2334 (2016)', undefined],
    ]);
  });

  it('reads a part letter into the symbol and General Assembly decisions in the 400 and 500 series', () => {
    const { citations } = citationsOf(
      '2. *Also reaffirms* its resolution 54/237 C of 23 December 1999 and its decisions 74/501 of 13 December 2019 and 16/1 of the Commission;',
    );
    assert.deepEqual(citations.map((c) => [...brief(c), c.part]), [
      ['ga-resolution', 'A/RES/54/237 C', '54/237 C', '1999-12-23', 'C'],
      ['ga-decision', 'A/DEC/74/501', '74/501', '2019-12-13', undefined],
    ]);
  });

  it('skips resolutions of other bodies', () => {
    const { citations } = citationsOf('*Recalling* World Health Assembly resolution 72.4 and Commission on the Status of Women resolution 60/2,');
    assert.deepEqual(citations, []);
  });

  it('reads document symbols and treaties, in footnotes too', () => {
    const text = [
      '*The General Assembly*,',
      '',
      '*Taking note* of the report of the Secretary-General (A/62/126),[1] and of the Convention,[2]',
      '',
      '__________',
      '[1] See E/CN.15/2009/CRP.4 and resolution 60/288.',
      '[2] United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.',
      '[3] *Ibid.*, vol. 2349, No. 42146.',
    ].join('\n');
    const citations = parseResolution(text).citations;
    assert.deepEqual(citations.map((c) => [c.kind, c.symbol, c.inFootnote]), [
      ['document', 'A/62/126', false],
      ['document', 'E/CN.15/2009/CRP.4', true],
      ['ga-resolution', 'A/RES/60/288', true],
      ['treaty', 'United Nations, Treaty Series, vol. 2225, No. 39574', true],
      ['treaty', 'United Nations, Treaty Series, vol. 2349, No. 42146', true],
    ]);
    assert.deepEqual(citations[3]?.span, spanOf(text, 'United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574'));
  });

  it('reads full symbols of resolutions as citations of their kind', () => {
    const { citations } = citationsOf('*Noting* documents A/RES/74/1, E/RES/2007/12 and S/RES/2334 (2016),');
    assert.deepEqual(citations.map((c) => [c.kind, c.symbol]), [
      ['ga-resolution', 'A/RES/74/1'],
      ['ecosoc-resolution', 'E/RES/2007/12'],
      ['sc-resolution', 'S/RES/2334 (2016)'],
    ]);
  });
});
