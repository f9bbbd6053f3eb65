// What the corpus readers make of parts, lettered sections and adoption dates, on excerpts of real
// resolutions: a part opens with a formula of its own (74/92 A–B), a lettered section heading inside
// one resolution does not (75/245), the cover's part letter names a single-part file (75/290 A), and
// the text's own date of adoption wins over the folder's metadata (76/254, adopted on 15 March 2022,
// dated 17 March in index.jsonl and in the XML's FRBR metadata).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReaderOrigin } from '../../../server/src/service/corpus/load';
import { defaultReaders } from '../../../server/src/service/corpus/readers';
import type { CorpusResolution } from '../../../server/src/service/corpus/types';

const origin = (path: string, metadata?: ReaderOrigin['metadata']): ReaderOrigin => ({ path, sourceKind: 'text', ...(metadata ? { metadata } : {}) });

function read(text: string, from: ReaderOrigin, reader: 'text' | 'akn' = 'text'): CorpusResolution[] {
  const result = defaultReaders[reader](text, from);
  assert.ok(typeof result !== 'string', String(result));
  return [...result];
}

const summary = (resolutions: readonly CorpusResolution[]) =>
  resolutions.map((resolution) => ({ symbol: resolution.symbol, part: resolution.part, date: resolution.date, openings: resolution.paragraphs.map((p) => p.opening) }));

const SECTIONED_75_245 = `United Nations
A/RES/75/245
General Assembly
Resolution adopted by the General Assembly on 31 December 2020

75/245. United Nations common system

*The General Assembly*,

*Having considered* the report of the International Civil Service Commission for 2020,[1]

1. *Takes note with appreciation* of the work of the International Civil Service Commission;

Conditions of service of staff in the Professional and higher categories

A

Base/floor salary scale

*Recalling* its resolution 44/198, by which it established a floor net salary level for staff in the Professional and higher categories,

*Approves*, with effect from 1 January 2021, as recommended by the Commission in paragraph 55 of its report, the revised unified base/floor salary scale;

B

Evolution of the margin and margin management around the desirable midpoint

1. *Reaffirms* that the range of 110 to 120 for the margin between the net remuneration of officials in the Professional and higher categories of the United Nations in New York and officials in comparable positions in the comparator civil service should continue to apply.

48th (resumed) plenary meeting
31 December 2020

__________
[1] Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 30 (A/75/30).
`;

const TWO_PARTS_74_92 = `United Nations
A/RES/74/92 A-B
General Assembly
Resolutions adopted by the General Assembly on 13 December 2019

74/92. Questions relating to information

A

Information in the service of humanity

*The General Assembly*,

*Taking note* of the comprehensive and important report of the Committee on Information,[1]

*Urges* all countries, organizations of the United Nations system as a whole and all others concerned to cooperate and interact with a view to reducing existing disparities in information flows at all levels.

47th plenary meeting
13 December 2019

B

United Nations global communications policies and activities

*The General Assembly*,

*Emphasizing* that the Committee on Information is its main subsidiary body mandated to make recommendations to it relating to the work of the Department of Global Communications of the Secretariat,

1. *Requests* the Secretary-General, in respect of the global communications policies and activities of the United Nations, to continue to implement fully the recommendations contained in relevant resolutions;

2. *Reaffirms* that the United Nations remains the indispensable foundation of a peaceful and just world.

47th plenary meeting
13 December 2019

__________
[1] Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 21 (A/74/21).
`;

const PART_A_75_290 = `United Nations
A/RES/75/290 A
General Assembly
Resolution adopted by the General Assembly on 25 June 2021

75/290. Review of the implementation of General Assembly resolution 72/305 on the strengthening of the Economic and Social Council

**A** Economic and Social Council

*The General Assembly*,

*Recalling* the Charter of the United Nations, which provides the mandate for the Economic and Social Council,

1. *Reaffirms* the role that the Charter of the United Nations and the General Assembly have vested in the Economic and Social Council.

85th plenary meeting
25 June 2021
`;

const ISLAMOPHOBIA_76_254 = `United Nations
A/RES/76/254
General Assembly
Distr.: General
17 March 2022
Resolution adopted by the General Assembly on 15 March 2022

76/254. International Day to Combat Islamophobia

*The General Assembly*,

*Reaffirming* the purposes and principles of the Charter of the United Nations,

1. *Decides* to proclaim 15 March as the International Day to Combat Islamophobia.

61st plenary meeting
15 March 2022
`;

describe('parts and sections of a resolution', () => {
  it('keeps a resolution whose lettered sections follow one formula whole: sections are not parts (75/245)', () => {
    assert.deepEqual(summary(read(SECTIONED_75_245, origin('/corpus/A_RES_75_245.txt'))), [
      { symbol: 'A/RES/75/245', part: undefined, date: '2020-12-31', openings: ['Having considered', 'Takes note with appreciation', 'Recalling', 'Approves', 'Reaffirms'] },
    ]);
  });

  it('splits a text whose parts each open with a formula into one resolution a part (74/92 A–B)', () => {
    assert.deepEqual(summary(read(TWO_PARTS_74_92, origin('/corpus/A_RES_74_92_A-B.txt'))), [
      { symbol: 'A/RES/74/92 A', part: 'A', date: '2019-12-13', openings: ['Taking note', 'Urges'] },
      { symbol: 'A/RES/74/92 B', part: 'B', date: '2019-12-13', openings: ['Emphasizing', 'Requests', 'Reaffirms'] },
    ]);
  });

  it('names a single-part file by the part letter of its cover symbol, without metadata (75/290 A)', () => {
    const partOf = (text: string) => read(text, origin('/corpus/75-290-a.txt')).map((resolution) => [resolution.symbol, resolution.part]);
    assert.deepEqual(partOf(PART_A_75_290), [['A/RES/75/290 A', 'A']]);
    // Without its heading line, only the cover says which part this is.
    assert.deepEqual(partOf(PART_A_75_290.replace('**A** Economic and Social Council\n\n', '')), [['A/RES/75/290 A', 'A']]);
  });
});

describe('the date of adoption', () => {
  const metadata = { symbol: 'A/RES/76/254', date: '2022-03-17', title: 'International Day to Combat Islamophobia' };

  it('is the one the text records, when the metadata says otherwise (76/254)', () => {
    assert.equal(read(ISLAMOPHOBIA_76_254, origin('/corpus/A_RES_76_254.txt', metadata))[0]?.date, '2022-03-15');
  });

  it('is the metadata’s when the text records none', () => {
    const undated = ISLAMOPHOBIA_76_254.replace('61st plenary meeting\n15 March 2022\n', '');
    assert.equal(read(undated, origin('/corpus/A_RES_76_254.txt', metadata))[0]?.date, '2022-03-17');
  });
});

/** 74/250 A–B as the UN marks up a multi-part resolution: a `<statement>` a part, FRBR metadata dated the day of issue. */
const MULTI_PART_XML = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <documentCollection name="publication">
    <meta><identification source="#DGACM"><FRBRWork><FRBRdate date="2020-01-13" name="adoption"></FRBRdate></FRBRWork></identification></meta>
    <coverPage><p><docNumber refersTo="#symbol">A/RES/74/250 A-B</docNumber></p></coverPage>
    <preface><p><docNumber>74/250.</docNumber> <docTitle refersTo="#resolutionTitle">Special subjects relating to the proposed programme budget for 2020</docTitle></p></preface>
    <collectionBody>
      <component eId="comp_0"><statement name="resolution">
        <preface><p><docNumber>A</docNumber></p></preface>
        <preamble>
          <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
          <container name="Having considered"><p><span class="italic">Having considered</span> the report of the Secretary-General on the revised estimates,</p></container>
        </preamble>
        <mainBody>
          <paragraph><num>1.</num><content><p><span class="italic">Takes note</span> of the report of the Secretary-General;</p></content></paragraph>
        </mainBody>
        <conclusions><p><docDate date="2019-12-27" refersTo="#adoptionDate">27 December 2019</docDate></p></conclusions>
      </statement></component>
      <component eId="comp_1"><statement name="resolution">
        <preface><p><docNumber>B</docNumber></p></preface>
        <preamble>
          <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
        </preamble>
        <mainBody>
          <paragraph><num>1.</num><content><p><span class="italic">Approves</span> the proposed programme budget.</p></content></paragraph>
        </mainBody>
        <conclusions><p><docDate date="2019-12-27" refersTo="#adoptionDate">27 December 2019</docDate></p></conclusions>
      </statement></component>
    </collectionBody>
  </documentCollection>
</akomaNtoso>`;

describe('parts and dates in AKN4UN', () => {
  it('gives one resolution a <statement>, each with its letter and the adoption date of its closing lines', () => {
    assert.deepEqual(summary(read(MULTI_PART_XML, { path: '/corpus/74_250.xml', sourceKind: 'akn' }, 'akn')), [
      { symbol: 'A/RES/74/250 A', part: 'A', date: '2019-12-27', openings: ['Having considered', 'Takes note'] },
      { symbol: 'A/RES/74/250 B', part: 'B', date: '2019-12-27', openings: ['Approves'] },
    ]);
  });

  it('prefers the closing lines’ date of adoption to the FRBR metadata and to the folder’s', () => {
    const single = MULTI_PART_XML.replace(/<component eId="comp_1">[\s\S]*?<\/component>/, '').replace('A/RES/74/250 A-B', 'A/RES/74/250 A');
    const [resolution] = read(single, { path: '/corpus/74_250.xml', sourceKind: 'akn', metadata: { date: '2020-01-13' } }, 'akn');
    assert.deepEqual([resolution?.symbol, resolution?.date], ['A/RES/74/250 A', '2019-12-27']);
  });
});
