import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/service/parse';
import { slice, spanOf } from './helpers';

describe('footnote markers', () => {
  it('reads [n] markers and the footnotes after the rule', () => {
    const text = [
      '*The General Assembly*,',
      '',
      '*Having considered* chapter V of the report of the Committee on Contributions on its seventy-ninth session,[1]',
      '',
      '1. *Takes note* of the annual report,[2] and of its annex;',
      '',
      '__________',
      '[1] *Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 11* (A/74/11).',
      '[2] A/74/35.',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers, [
      { marker: '1', span: spanOf(text, '[1]'), style: 'bracket' },
      { marker: '2', span: spanOf(text, '[2]'), style: 'bracket' },
    ]);
    assert.deepEqual(model.footnotes[0], {
      marker: '1',
      markerSpan: spanOf(text, '[1]', 2),
      span: { start: spanOf(text, '[1]', 2).start, end: spanOf(text, '(A/74/11).').end },
      text: 'Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 11 (A/74/11).',
      textSpan: { start: spanOf(text, '*Official').start, end: spanOf(text, '(A/74/11).').end },
    });
    assert.equal(model.operative[0]?.text, 'Takes note of the annual report, and of its annex;');
    assert.deepEqual(model.preambular[0]?.ending, { char: ',', offset: text.indexOf('session,[1]') + 7 });
  });

  it('reads Unicode superscripts, including two-digit ones, and their footnote texts between paragraphs', () => {
    const text = [
      'The General Assembly,',
      '',
      'Reaffirming also its resolutions relating to the United Nations Convention against Transnational Organized Crime and the Protocols thereto,¹ the United Nations Convention against Corruption² and all the international conventions,',
      '',
      '¹ United Nations, *Treaty Series*, vols. 2225, 2237, 2241 and 2326, No. 39574.',
      '',
      '² *Ibid.*, vol. 2349, No. 42146.',
      '',
      '1. *Takes note with appreciation* of the report of the Secretary-General prepared pursuant to resolution 65/232;¹⁰',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style, slice(text, m.span)]), [
      ['1', 'superscript', '¹'],
      ['2', 'superscript', '²'],
      ['10', 'superscript', '¹⁰'],
    ]);
    assert.deepEqual(model.footnotes.map((f) => [f.marker, f.text]), [
      ['1', 'United Nations, Treaty Series, vols. 2225, 2237, 2241 and 2326, No. 39574.'],
      ['2', 'Ibid., vol. 2349, No. 42146.'],
    ]);
    assert.equal(model.preambular.length, 1);
    assert.equal(model.operative.length, 1);
  });

  it('reads glued digits as markers but keeps symbols and dates whole (A/RES/55/64)', () => {
    const text = [
      'The General Assembly,',
      '',
      'Recognizing also the need to maintain a balance between the immediate priority of the United Nations Convention against Transnational',
      'Organized Crime1 and the protocols thereto and other priorities identified by the',
      'Economic and Social Council,',
      '',
      '1. Takes note with appreciation of the report of the Secretary-General on the',
      'progress made in the implementation of General Assembly resolution 54/131 of',
      '17 December 1999;2',
      '',
      '2. Encourages States to contribute to the implementation of the Convention1 and the protocols thereto,2,3 and to document E/CN.15/2009/CRP.4;',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style, m.span.start]), [
      ['1', 'glued', text.indexOf('Crime1') + 5],
      ['2', 'glued', text.indexOf('1999;2') + 5],
      ['1', 'glued', text.indexOf('Convention1') + 10],
      ['2', 'glued', text.indexOf('thereto,2,3') + 8],
      ['3', 'glued', text.indexOf('thereto,2,3') + 10],
    ]);
    assert.equal(model.operative[0]?.text, 'Takes note with appreciation of the report of the Secretary-General on the progress made in the implementation of General Assembly resolution 54/131 of 17 December 1999;');
    assert.equal(model.footnotes.length, 0);
  });

  it('reads digits set off by spaces only where they continue the numbering (A/RES/60/175)', () => {
    const text = [
      'The General Assembly,',
      'Bearing in mind the United Nations Millennium Declaration,1 as well as the Vienna Declaration,2',
      'Recognizing existing efforts in combating corruption, noting in this context the ongoing work of the Bali and Puebla',
      'Processes, 3 and recalling the pledge to support frameworks at the regional level, held from 14 to 16 September 2005,',
      '1.',
      'Takes note of paragraphs 3, 4 and 5 of the report;',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style, m.span.start]), [
      ['1', 'glued', text.indexOf('Declaration,1') + 12],
      ['2', 'glued', text.indexOf('Declaration,2') + 12],
      ['3', 'spaced', text.indexOf('Processes, 3') + 11],
    ]);
    assert.equal(model.preambular[1]?.text, 'Recognizing existing efforts in combating corruption, noting in this context the ongoing work of the Bali and Puebla Processes, and recalling the pledge to support frameworks at the regional level, held from 14 to 16 September 2005,');
  });
});

describe('page-break footnote blocks', () => {
  // A/RES/55/64 as extracted from the PDF: a footnote block interrupts operative paragraph 6.
  const text = [
    'The General Assembly,',
    '',
    'Welcoming the progress achieved in the elaboration of the Protocol against the',
    'Smuggling of Migrants by Land, Sea and Air,1',
    '',
    '1. Takes note with appreciation of the report of the Secretary-General on the',
    'progress made in the implementation of General Assembly resolution 54/131 of',
    '17 December 1999;2',
    '',
    '2. Welcomes the increased number of technical assistance projects in the',
    'field of juvenile justice, reflecting an increased awareness among Member States of',
    '',
    '                                                          ',
    '1 See Tenth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Vienna,',
    '10–17 April 2000: report prepared by the Secretariat (United Nations publication, Sales No. E.00.IV.8).',
    '2 A/55/119.',
    ' the importance of juvenile justice reform in establishing and maintaining stable',
    'societies and the rule of law;',
    '',
    '3. Invites all States to support the operational activities of the Programme.',
  ].join('\n');
  const model = parseResolution(text);

  it('takes the block as footnote texts, a text running over two lines included', () => {
    assert.deepEqual(model.footnotes.map((f) => [f.marker, f.text]), [
      ['1', 'See Tenth United Nations Congress on the Prevention of Crime and the Treatment of Offenders, Vienna, 10–17 April 2000: report prepared by the Secretariat (United Nations publication, Sales No. E.00.IV.8).'],
      ['2', 'A/55/119.'],
    ]);
    assert.deepEqual(model.footnotes[1]?.markerSpan, { start: text.indexOf('2 A/55'), end: text.indexOf('2 A/55') + 1 });
  });

  it('continues the interrupted paragraph after the block, in two fragments', () => {
    const welcomes = model.operative[1];
    assert.equal(welcomes?.text, 'Welcomes the increased number of technical assistance projects in the field of juvenile justice, reflecting an increased awareness among Member States of the importance of juvenile justice reform in establishing and maintaining stable societies and the rule of law;');
    assert.deepEqual(welcomes?.fragments, [
      { start: text.indexOf('2. Welcomes'), end: text.indexOf('Member States of') + 16 },
      { start: text.indexOf('the importance of juvenile'), end: text.indexOf('rule of law;') + 12 },
    ]);
    assert.deepEqual(model.operative.map((p) => p.number), [1, 2, 3]);
  });

  it('does not take a wrapped line that starts with a date for a footnote text', () => {
    assert.equal(model.operative[0]?.text.endsWith('resolution 54/131 of 17 December 1999;'), true);
  });
});

describe('footnote texts that break after an abbreviation', () => {
  // A/RES/74/121 and 74/123 as PDF text: the footnotes wrap after "Sales No." and "sect.".
  const text = [
    '*The General Assembly*,',
    '*Recalling* the Programme of Action of the International Conference on Population and Development,[1]',
    '*Noting* the report of the Commission on Population and Development,[2]',
    '1. *Decides* to remain seized of the matter.',
    '__________',
    '[1] Report of the International Conference on Population and Development, Cairo, 5–13 September 1994 (United Nations publication, Sales No.',
    'E.95.XIII.18), chap. I, resolution 1, annex.',
    '[2] Ibid., Seventieth Session, Supplement No. 53 (A/70/53), chap. III, sect.',
    'A.',
  ].join('\n');
  const model = parseResolution(text);

  it('joins the line after "Sales No." or "sect." to the footnote', () => {
    assert.deepEqual(model.footnotes.map((f) => [f.marker, f.text]), [
      ['1', 'Report of the International Conference on Population and Development, Cairo, 5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex.'],
      ['2', 'Ibid., Seventieth Session, Supplement No. 53 (A/70/53), chap. III, sect. A.'],
    ]);
    assert.deepEqual(model.footnotes[1]?.textSpan, { start: text.indexOf('Ibid.'), end: text.length });
  });

  it('joins "annex" / "II." and "(United Nations," / "*Treaty Series*" but not a paragraph resuming after a page break', () => {
    const wrapped = [
      'The General Assembly,',
      'Recalling the Convention on International Liability for Damage Caused by Space Objects,1 and the report,2',
      '1 Convention on International Liability for Damage Caused by Space Objects (United Nations,',
      '*Treaty Series*, vol. 961, No. 13810), annex',
      'II.',
      '2 A/74/20, chap. II, sect.',
      'C.',
      'Recognizing the importance of international cooperation,',
    ].join('\n');
    const pasted = parseResolution(wrapped);
    assert.deepEqual(pasted.footnotes.map((f) => f.text), [
      'Convention on International Liability for Damage Caused by Space Objects (United Nations, Treaty Series, vol. 961, No. 13810), annex II.',
      'A/74/20, chap. II, sect. C.',
    ]);
    assert.deepEqual(pasted.preambular.map((p) => p.opening?.text), ['Recalling', 'Recognizing']);
  });
});

describe('digits set off by spaces', () => {
  it('are numbers in a text that marks its footnotes with brackets (A/RES/74/116)', () => {
    const text = [
      '*The General Assembly*,',
      '*Recalling* the Convention on the Safety of United Nations and Associated Personnel,[1] the Optional Protocol thereto[2] and the Rome Statute,[3]',
      '*Deploring* the detention of locally recruited area staff of UNRWA, of whom 3 were killed, 4 were injured, 3 were arrested and detained,',
    ].join('\n\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style]), [['1', 'bracket'], ['2', 'bracket'], ['3', 'bracket']]);
  });

  it('are markers without brackets only as the next footnote, or again after the word that carried it (A/RES/60/175)', () => {
    const text = [
      'The General Assembly,',
      'Reaffirming the United Nations Convention against Transnational Organized Crime and the Protocols thereto1 and the United Nations Convention against Corruption,2',
      'Recognizing the work of the Bali and Puebla Processes, 3 and the detention of staff, of whom 3 were killed and 2 were injured,',
      '1.',
      'Urges States to ratify the Convention and the Protocols thereto 1 and to consider the matter.',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style, m.span.start]), [
      ['1', 'glued', text.indexOf('thereto1') + 7],
      ['2', 'glued', text.indexOf('Corruption,2') + 11],
      ['3', 'spaced', text.indexOf('Processes, 3') + 11],
      ['1', 'spaced', text.indexOf('thereto 1') + 8],
    ]);
  });

  it('reads no marker in bold figures of a table (A/RES/74/250)', () => {
    const text = '1. *Resolves* that, for the biennium 2018–2019:\n\n\t**Subtotal, part II**\t**1 616 444 400**\t**(48 758 400)**\n\nMarkers follow *Treaty Series*1 as usual.';
    const model = parseResolution(`*The General Assembly*,\n\n${text}`);
    assert.deepEqual(model.footnoteMarkers.map((m) => [m.marker, m.style]), [['1', 'glued']]);
  });
});
