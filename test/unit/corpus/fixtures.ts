// Real paragraphs of adopted resolutions (United Nations; sessions 75–77, "Question of Bermuda" and
// "Question of Anguilla"), shaped as the corpus loaders produce them, for the index's unit tests.

import type { CorpusParagraph, CorpusResolution } from '../../../server/src/service/corpus/types';

export const REAFFIRMS_BERMUDA =
  'Reaffirms the inalienable right of the people of Bermuda to self-determination, in conformity with the Charter of the United Nations and with General Assembly resolution 1514 (XV), containing the Declaration on the Granting of Independence to Colonial Countries and Peoples;';
export const UNDERLINES_GOVERNANCE =
  'Underlines the need further to strengthen good governance, transparency and accountability in government for the benefit of the Territory;';
export const REQUESTS_OUTREACH_BERMUDA =
  'Requests the administering Power to assist the Territory by facilitating its work concerning public educational outreach efforts, consistent with Article 73 b of the Charter, and in that regard calls upon the relevant United Nations organizations to provide assistance to the Territory, if requested;';
/** Anguilla's version of the Bermuda paragraph above: the same words without the comma after "efforts". */
export const REQUESTS_OUTREACH_ANGUILLA =
  'Requests the administering Power to assist the Territory by facilitating its work concerning public educational outreach efforts consistent with Article 73 b of the Charter, and in that regard calls upon the relevant United Nations organizations to provide assistance to the Territory, if requested;';
export const RECALLING_ELECTIONS_2020 = 'Recalling also the general elections that were held in October 2020,[8]';
export const RECALLING_ELECTIONS_2017 = 'Recalling also the general elections that were held in July 2017,[9]';
export const RECALLING_COVID = 'Recalling further relevant resolutions adopted by the General Assembly in connection with the COVID-19 pandemic,';
export const URGES_CONSTITUTIONAL =
  'Urges that constitutional discussions with the administering Power, including public consultations, be concluded as soon as possible;';
export const REQUESTS_REVIEW_ANGUILLA =
  'Requests the administering Power to assist the Territory in its current efforts with regard to advancing the internal constitutional review exercise, if requested;';

function paragraphs(preambular: readonly string[], operative: readonly string[]): CorpusParagraph[] {
  const opening = (text: string) => text.match(/^(?:Recalling (?:also|further)|Also \w+|\w+)/)?.[0] ?? '';
  return [
    ...preambular.map((text) => ({ kind: 'preambular' as const, opening: opening(text), text })),
    ...operative.map((text, i) => ({ kind: 'operative' as const, number: i + 1, opening: opening(text), text })),
  ];
}

function resolution(symbol: string, date: string, title: string, body: CorpusParagraph[]): CorpusResolution {
  return {
    symbol,
    session: Number(symbol.split('/')[2]),
    date,
    title,
    path: `/corpus/${symbol.replaceAll('/', '_')}.txt`,
    sourceKind: 'text',
    paragraphs: body,
    footnotes: [{ marker: '8', text: 'See A/AC.109/2022/8.' }],
  };
}

export const BERMUDA_75 = resolution(
  'A/RES/75/109',
  '2020-12-10',
  'Question of Bermuda',
  paragraphs([RECALLING_ELECTIONS_2017], [REAFFIRMS_BERMUDA, UNDERLINES_GOVERNANCE.replace(';', '.')]),
);

export const BERMUDA_77 = resolution(
  'A/RES/77/136',
  '2022-12-12',
  'Question of Bermuda',
  paragraphs(
    [RECALLING_ELECTIONS_2020, RECALLING_COVID],
    [REAFFIRMS_BERMUDA, `  ${UNDERLINES_GOVERNANCE.replace(' good', '\n good')}`, REQUESTS_OUTREACH_BERMUDA],
  ),
);

export const ANGUILLA_77 = resolution(
  'A/RES/77/135',
  '2022-12-12',
  'Question of Anguilla',
  paragraphs(
    [RECALLING_COVID],
    [REAFFIRMS_BERMUDA.replace('Bermuda', 'Anguilla'), URGES_CONSTITUTIONAL, REQUESTS_REVIEW_ANGUILLA, REQUESTS_OUTREACH_ANGUILLA],
  ),
);

export const FIXTURE_RESOLUTIONS = [BERMUDA_75, BERMUDA_77, ANGUILLA_77];
