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

describe('citations as adopted texts write them (sessions 74–78)', () => {
  const footnoted = (notes: readonly string[]) =>
    [
      '*The General Assembly*,',
      '',
      `*Recalling* its previous resolutions,${notes.map((_, i) => `[${i + 1}]`).join(' and ')}`,
      '',
      '__________',
      ...notes.map((note, i) => `[${i + 1}] ${note}`),
    ].join('\n');

  it('reads capitalized and sentence-initial forms in footnotes, with their qualifiers (A/RES/74/182, footnote 25)', () => {
    const text = footnoted([
      'Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para. 12; 56/64 B, sect. X; 57/130 B, sect. X; 58/101 B, sect. V, paras. 61–76; 59/126 B, sect. V, paras. 76–95; 60/109 B, sect. IV, paras. 66–80; and 61/121 B, sect. IV, paras. 65–77.',
      'Decision 74/548 of 13 April 2020.',
      'Resolution S‑23/2, annex, and resolution S‑23/3, annex.',
      'See A/ES‑10/273 and A/ES‑10/273/Corr.1.',
    ]);
    const citations = parseResolution(text).citations;
    assert.deepEqual(citations.map((c) => [c.symbol, c.written, c.inFootnote]), [
      ['A/RES/52/214', '52/214', true],
      ['A/RES/55/222', '55/222', true],
      ['A/RES/56/64 B', '56/64 B', true],
      ['A/RES/57/130 B', '57/130 B', true],
      ['A/RES/58/101 B', '58/101 B', true],
      ['A/RES/59/126 B', '59/126 B', true],
      ['A/RES/60/109 B', '60/109 B', true],
      ['A/RES/61/121 B', '61/121 B', true],
      ['A/DEC/74/548', '74/548', true],
      ['A/RES/S-23/2', 'S‑23/2', true],
      ['A/RES/S-23/3', 'S‑23/3', true],
      ['A/ES-10/273', 'A/ES‑10/273', true],
      ['A/ES-10/273/Corr.1', 'A/ES‑10/273/Corr.1', true],
    ]);
    assert.deepEqual(citations[7]?.span, spanOf(text, '61/121 B'));
    assert.deepEqual(citations[9]?.span, spanOf(text, 'S‑23/2'));
    assert.equal(citations[8]?.date, '2020-04-13');
  });

  it('reads a list on past its footnote markers (A/RES/74/168)', () => {
    const { text, citations } = citationsOf(
      '*Welcoming also* the reports of the Office of the United Nations High Commissioner for Human Rights on the situation of human rights in the temporarily occupied Autonomous Republic of Crimea and the city of Sevastopol, Ukraine, submitted pursuant to resolutions 71/205[7] and 72/190,[8] and the report of the Secretary-General submitted pursuant to resolution 73/263,[9]',
    );
    assert.deepEqual(citations.map((c) => c.symbol), ['A/RES/71/205', 'A/RES/72/190', 'A/RES/73/263']);
    assert.deepEqual(citations[1]?.span, spanOf(text, '72/190'));
  });

  it('reads "Assembly resolution" as the General Assembly\'s, but not the Environment Assembly\'s', () => {
    const { text, citations } = citationsOf(
      '*Recalling* the principles clearly defined in Assembly resolution 1541 (XV), including Assembly resolution 73/180 of 17 December 2018, and United Nations Environment Assembly resolution 4/1,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ga-resolution', 'A/RES/1541(XV)', '1541 (XV)', undefined],
      ['ga-resolution', 'A/RES/73/180', '73/180', '2018-12-17'],
    ]);
    assert.deepEqual(citations[1]?.span, spanOf(text, '73/180'));
  });

  it('gives a date only to the undated items of its own session (A/RES/74/177)', () => {
    const { citations } = citationsOf(
      '*Welcoming* resolution 27/5 of 18 May 2018 of the Commission on Crime Prevention and Criminal Justice,[21] which focused on the need to strengthen international cooperation, and noting the efforts of Member States to implement General Assembly resolutions 68/186 of 18 December 2013, 69/196, and 73/130 of 13 December 2018,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ga-resolution', 'A/RES/68/186', '68/186', '2013-12-18'],
      ['ga-resolution', 'A/RES/69/196', '69/196', undefined],
      ['ga-resolution', 'A/RES/73/130', '73/130', '2018-12-13'],
    ]);
  });

  it('reads joint General Assembly and Security Council resolutions (A/RES/73/327)', () => {
    const { citations } = citationsOf(
      '*Reaffirming* General Assembly and Security Council resolutions 70/262 and 2282 (2016) of 27 April 2016, as well as 60/180 and 1645 (2005) of 20 December 2005,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ga-resolution', 'A/RES/70/262', '70/262', '2016-04-27'],
      ['sc-resolution', 'S/RES/2282 (2016)', '2282 (2016)', '2016-04-27'],
    ]);
  });

  it('gives "its resolution" to the body just named (A/RES/74/246)', () => {
    const { citations } = citationsOf(
      '*Welcoming further* the first report to the General Assembly of the ongoing independent mechanism established by the Human Rights Council in its resolution 39/2,[8] and its operationalization,',
    );
    assert.deepEqual(citations.map(brief), [['hrc-resolution', 'A/HRC/RES/39/2', '39/2', undefined]]);
  });

  it('drops a list whose dates fall outside the Assembly\'s sessions, special sessions too (A/RES/76/180)', () => {
    const { citations } = citationsOf(
      '*Recalling* the resolutions and decisions of the Human Rights Council, the most recent of which being resolutions 47/1 of 12 July 2021,[3] 46/21 of 24 March 2021,[4] S-29/1 of 12 February 2021,[5] 43/26 of 22 June 2020,[6]',
    );
    assert.deepEqual(citations, []);
  });

  it('keeps a slip in the year of one item of a list of the Assembly\'s resolutions, for the date check (A/RES/74/262)', () => {
    const { text, citations } = citationsOf(
      '*Recalling* its resolutions 70/112 of 14 December 2015, 71/266 of 23 December 2016, 72/256 of 24 December 2107 and 73/276 of 22 December 2018,',
    );
    assert.deepEqual(citations.map((c) => [c.symbol, c.date]), [
      ['A/RES/70/112', '2015-12-14'],
      ['A/RES/71/266', '2016-12-23'],
      ['A/RES/72/256', '2107-12-24'],
      ['A/RES/73/276', '2018-12-22'],
    ]);
    assert.deepEqual(citations[2]?.dateSpan, spanOf(text, '24 December 2107'));
  });

  it('reads special-session symbols with non-breaking hyphens and lists of them past a description (A/RES/77/229)', () => {
    const { text, citations } = citationsOf(
      '*Recalling also* its resolutions ES-11/1 of 2\u00a0March 2022 on the aggression against Ukraine and ES-11/2 of 24\u00a0March 2022 on the humanitarian consequences of the aggression against Ukraine, and Human Rights Council resolutions 49/1 of 4\u00a0March 2022 on the situation of human rights in Ukraine stemming from the Russian aggression[8] and S-34/1 of 12\u00a0May 2022 on the deteriorating human rights situation in Ukraine stemming from the Russian aggression,[9] and recalling in this regard its resolution ES‑10/15 of 20\u00a0July 2004,',
    );
    assert.deepEqual(citations.map(brief), [
      ['ga-resolution', 'A/RES/ES-11/1', 'ES-11/1', '2022-03-02'],
      ['ga-resolution', 'A/RES/ES-11/2', 'ES-11/2', '2022-03-24'],
      ['hrc-resolution', 'A/HRC/RES/49/1', '49/1', '2022-03-04'],
      ['hrc-resolution', 'A/HRC/RES/S-34/1', 'S-34/1', '2022-05-12'],
      ['ga-resolution', 'A/RES/ES-10/15', 'ES‑10/15', '2004-07-20'],
    ]);
    assert.deepEqual(citations[4]?.span, spanOf(text, 'ES‑10/15'));
  });

  it('reads a number set off by an en space (A/RES/78/286)', () => {
    const { text, citations } = citationsOf(
      '*Recalling also* its resolution 72/130 of 8 December 2017, by which it declared 16 May as the International Day of Living Together in Peace, its resolution\u200275/200 of 21 December 2020, by which it proclaimed 4 February as the International Day of Human Fraternity,',
    );
    assert.deepEqual(citations.map((c) => [c.symbol, c.date]), [
      ['A/RES/72/130', '2017-12-08'],
      ['A/RES/75/200', '2020-12-21'],
    ]);
    assert.deepEqual(citations[1]?.span, spanOf(text, '75/200'));
  });
});
