import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseResolution } from '../../../server/src/service/parse';
import { slice, spanOf } from './helpers';

const draft = [
  'United Nations',
  'A/C.3/79/L.12',
  'General Assembly',
  'Distr.: Limited',
  '10 October 2024',
  'Seventy-ninth session',
  'Third Committee',
  'Agenda item 109',
  'Crime prevention and criminal justice',
  '',
  'Antigua and Barbuda, Brazil, Trinidad and Tobago and Viet Nam: draft resolution',
  '',
  'Strengthening the United Nations crime prevention and criminal justice programme',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 46/152 of 18 December 1991,[1]',
  '',
  '*Having also considered* the report of the Secretary-General,',
  '',
  '1. *Takes note with appreciation* of the report of the Secretary-General;[2]',
  '',
  '2. *Requests* the Secretary-General:',
  '',
  '    (a) To report on the matter;',
  '',
  '    (b) To include:',
  '',
  '        (i) Information on ratifications;',
  '',
  '        (ii) Obstacles encountered;',
  '',
  '    (c) To consult Member States;',
  '',
  '3. *Also requests* the Secretary-General to submit a report.',
  '',
  '__________',
  '[1] Resolution 46/152.',
  '[2] A/79/123.',
].join('\n');

describe('parsing a draft in the corpus text format', () => {
  const model = parseResolution(draft);

  it('reads the cover lines: symbol, session, agenda item and sponsors', () => {
    assert.deepEqual(model.symbol, { value: 'A/C.3/79/L.12', span: spanOf(draft, 'A/C.3/79/L.12') });
    assert.equal(model.session, 79);
    assert.equal(model.agendaItem, '109');
    assert.deepEqual(model.sponsors, ['Antigua and Barbuda', 'Brazil', 'Trinidad and Tobago', 'Viet Nam']);
    assert.deepEqual(
      model.cover.map((line) => line.kind),
      ['organ', 'symbol', 'organ', 'distribution', 'date', 'session', 'organ', 'agenda-item', 'other', 'sponsors'],
    );
  });

  it('takes the unnumbered block above the formula as the title', () => {
    const title = 'Strengthening the United Nations crime prevention and criminal justice programme';
    assert.deepEqual(model.title, { text: title, span: spanOf(draft, title), textSpan: spanOf(draft, title) });
  });

  it('finds the formula with its italics', () => {
    assert.deepEqual(model.formulas, [{ organ: 'The General Assembly', span: spanOf(draft, 'The General Assembly'), italic: true }]);
  });

  it('gives each preambular paragraph its italic opening, head word and sequence adverb', () => {
    assert.equal(model.preambular.length, 2);
    const [first, second] = model.preambular;
    assert.deepEqual(first?.opening, {
      text: 'Recalling',
      span: spanOf(draft, 'Recalling'),
      italic: true,
      markedSpan: spanOf(draft, '*Recalling*'),
      head: 'recalling',
    });
    assert.equal(second?.opening?.text, 'Having also considered');
    assert.equal(second?.opening?.head, 'having considered');
    assert.equal(second?.opening?.sequenceAdverb, 'also');
    assert.equal(first?.text, 'Recalling its resolution 46/152 of 18 December 1991,');
    assert.deepEqual(first?.ending, { char: ',', offset: draft.indexOf('1991,') + 4 });
  });

  it('numbers operative paragraphs and keeps the number out of their text', () => {
    assert.deepEqual(
      model.operative.map((p) => [p.number, slice(draft, p.numberSpan), p.opening?.text, p.opening?.head, p.opening?.sequenceAdverb]),
      [
        [1, '1', 'Takes note with appreciation', 'takes', undefined],
        [2, '2', 'Requests', 'requests', undefined],
        [3, '3', 'Also requests', 'requests', 'also'],
      ],
    );
    const first = model.operative[0];
    assert.equal(first?.text, 'Takes note with appreciation of the report of the Secretary-General;');
    assert.deepEqual(first?.bodySpan, { start: draft.indexOf('*Takes'), end: draft.indexOf('General;[2]') + 11 });
    assert.deepEqual(first?.ending, { char: ';', offset: draft.indexOf('General;[2]') + 7 });
  });

  it('nests roman sub-paragraphs under the lettered item that ends with a colon', () => {
    const requests = model.operative[1];
    assert.equal(requests?.text, 'Requests the Secretary-General:');
    assert.deepEqual(
      requests?.subparagraphs.map((sub) => [sub.label, sub.labelKind, sub.text, sub.children.map((child) => [child.label, child.labelKind, child.text])]),
      [
        ['a', 'letter', 'To report on the matter;', []],
        ['b', 'letter', 'To include:', [['i', 'roman', 'Information on ratifications;'], ['ii', 'roman', 'Obstacles encountered;']]],
        ['c', 'letter', 'To consult Member States;', []],
      ],
    );
    const b = requests?.subparagraphs[1];
    assert.deepEqual(b?.labelSpan, spanOf(draft, '(b)'));
    assert.deepEqual(b?.span, { start: spanOf(draft, '(b)').start, end: spanOf(draft, 'Obstacles encountered;').end });
    assert.equal(requests?.fullText, 'Requests the Secretary-General: (a) To report on the matter; (b) To include: (i) Information on ratifications; (ii) Obstacles encountered; (c) To consult Member States;');
    assert.deepEqual(requests?.span, { start: draft.indexOf('2. *Requests'), end: spanOf(draft, 'To consult Member States;').end });
  });

  it('counts paragraphs of each kind in document order', () => {
    assert.deepEqual(model.paragraphs.map((p) => [p.kind, p.index]), [
      ['preambular', 0],
      ['preambular', 1],
      ['operative', 0],
      ['operative', 1],
      ['operative', 2],
    ]);
    assert.equal(model.usesItalics, true);
    assert.equal(model.isDeclaration, false);
    assert.equal(model.language, 'en');
  });
});

describe('parsing an adopted resolution', () => {
  const adopted = [
    '74/264. **Programme budget for 2020**',
    '',
    'A',
    '',
    'Budget appropriations for 2020',
    '',
    '*The General Assembly,*',
    '',
    '*Resolves* that, for 2020:',
    '',
    '1. Appropriations totalling 3,073,830,500 United States dollars are hereby approved for the following purposes:',
    '',
    '*Section*\t*Amount*',
    '',
    '1\tOverall policymaking\t77 087 600',
    '',
    '52nd (resumed) plenary meeting',
    '27 December 2019',
    '',
    'B',
    '',
    'Income estimates for 2020',
    '',
    'The General Assembly',
    '',
    'I',
    '',
    'Revised estimates',
    '',
    'Recalling its resolution 73/279 A of 22 December 2018,',
    '',
    '1. Approves the income estimates;',
    '',
    '*52nd (resumed) plenary meeting',
    '27 December 2019*',
    '',
    'Annex',
    '',
    'Staffing table for 2020',
  ].join('\n');
  const model = parseResolution(adopted);

  it('takes the symbol and session from the number of the title', () => {
    assert.deepEqual(model.title, {
      text: 'Programme budget for 2020',
      number: '74/264',
      span: spanOf(adopted, '74/264. **Programme budget for 2020**'),
      textSpan: spanOf(adopted, 'Programme budget for 2020'),
    });
    assert.deepEqual(model.symbol, { value: 'A/RES/74/264', span: spanOf(adopted, '74/264') });
    assert.equal(model.session, 74);
  });

  it('gives each part its formula, heading and title', () => {
    assert.deepEqual(model.formulas.map((f) => [f.organ, f.italic, f.part]), [
      ['The General Assembly', true, 'A'],
      ['The General Assembly', false, 'B'],
    ]);
    assert.deepEqual(model.headings.map((h) => [h.kind, h.label, h.title]), [
      ['part', 'A', 'Budget appropriations for 2020'],
      ['part', 'B', 'Income estimates for 2020'],
      ['section', 'I', 'Revised estimates'],
      ['annex', 'Annex', undefined],
    ]);
  });

  it('keeps table rows inside their paragraph and reads an unnumbered verb as operative', () => {
    assert.deepEqual(model.paragraphs.map((p) => [p.kind, p.kind === 'operative' ? p.number : undefined, p.opening?.text, p.part, p.section]), [
      ['operative', undefined, 'Resolves', 'A', 0],
      ['operative', 1, undefined, 'A', 0],
      ['preambular', undefined, 'Recalling', 'B', 2],
      ['operative', 1, 'Approves', 'B', 2],
    ]);
    assert.equal(model.operative[1]?.text, 'Appropriations totalling 3,073,830,500 United States dollars are hereby approved for the following purposes: Section Amount 1 Overall policymaking 77 087 600');
  });

  it('ends the resolution at the last closing line and keeps the annex out of the paragraphs', () => {
    assert.deepEqual(model.closing, {
      span: { start: adopted.lastIndexOf('*52nd'), end: adopted.lastIndexOf('2019*') + 5 },
      meeting: '52nd (resumed) plenary meeting',
      date: '2019-12-27',
    });
    assert.deepEqual(model.annexes, [{ start: adopted.indexOf('Annex'), end: adopted.length }]);
    assert.deepEqual(model.headings[3], { kind: 'annex', label: 'Annex', span: spanOf(adopted, 'Annex') });
    assert.equal(model.headings.length, 4);
  });
});

describe('parsing pasted text', () => {
  const pasted = [
    '\t62/175.\tStrengthening the United Nations Crime Prevention and Criminal Justice Programme',
    '\tThe General Assembly,',
    '\tRecalling its resolution 46/152 of 18 December 1991,',
    '\tDeeply concerned about the links between crime and terrorism,',
    '\tExpressing its grave concern at the negative effects of transnational crime,',
    '1.',
    'Takes note with appreciation of the report of the Secretary-General on the',
    'progress made in the implementation of resolution 61/181;',
    '2.',
    'Reiterates its request to the Secretary-General to provide the Programme with',
    'sufficient resources;',
    '\t3.\tAlso invites Member States to make voluntary contributions.',
  ].join('\n');
  const model = parseResolution(pasted);

  it('finds opening phrases without italics by their head word and modifiers', () => {
    assert.deepEqual(
      model.paragraphs.map((p) => [p.kind, p.opening?.text, p.opening?.italic, p.opening?.head]),
      [
        ['preambular', 'Recalling', false, 'recalling'],
        ['preambular', 'Deeply concerned', false, 'concerned'],
        ['preambular', 'Expressing its grave concern', false, 'expressing'],
        ['operative', 'Takes note with appreciation', false, 'takes'],
        ['operative', 'Reiterates its request', false, 'reiterates'],
        ['operative', 'Also invites', false, 'invites'],
      ],
    );
    assert.deepEqual(model.preambular[2]?.opening?.span, spanOf(pasted, 'Expressing its grave concern'));
    assert.equal(model.usesItalics, false);
  });

  it('joins a number on a line of its own with the text below it', () => {
    const first = model.operative[0];
    assert.deepEqual(first?.numberSpan, { start: pasted.indexOf('1.'), end: pasted.indexOf('1.') + 1 });
    assert.equal(first?.text, 'Takes note with appreciation of the report of the Secretary-General on the progress made in the implementation of resolution 61/181;');
    assert.deepEqual(first?.bodySpan, { start: pasted.indexOf('Takes note'), end: pasted.indexOf('61/181;') + 7 });
    assert.deepEqual(model.operative.map((p) => p.number), [1, 2, 3]);
    assert.equal(model.title?.number, '62/175');
    assert.equal(model.symbol?.value, 'A/RES/62/175');
  });

  it('keeps a numbered agenda inside the paragraph that introduces it (A/RES/78/223)', () => {
    const agenda = [
      '\t11.\t*Approves* the following provisional agenda for the Fifteenth Congress:',
      '\t1. Opening of the Congress.',
      '\t2. Organizational matters.',
      '\t12.\t*Decides* that the duration of the Fifteenth Congress should not exceed eight days;',
    ].join('\n');
    const model = parseResolution(`\tThe General Assembly,\n${agenda}`);
    assert.deepEqual(model.operative.map((p) => [p.number, p.text]), [
      [11, 'Approves the following provisional agenda for the Fifteenth Congress: 1. Opening of the Congress. 2. Organizational matters.'],
      [12, 'Decides that the duration of the Fifteenth Congress should not exceed eight days;'],
    ]);
  });

  it('does not start a paragraph at an italic title that a wrapped line begins with', () => {
    const wrapped = [
      'The General Assembly,',
      '*Noting with concern* the findings contained in the special reports entitled *Global Warming of 1.5°C*,',
      '*The Ocean and Cryosphere in a Changing Climate* and *Climate Change and Land*,',
      '*Recalling* its resolution 70/1,',
    ].join('\n');
    assert.deepEqual(parseResolution(wrapped).preambular.map((p) => p.opening?.text), ['Noting with concern', 'Recalling']);
  });

  it('turns a numbered participle in the preamble into a preambular paragraph with a stray number', () => {
    const numbered = parseResolution('The General Assembly,\n\n3. Recalling its resolution 70/1,\n\n1. Requests the Secretary-General to report.');
    assert.deepEqual(numbered.paragraphs.map((p) => p.kind), ['preambular', 'operative']);
    assert.equal(numbered.preambular[0]?.kind === 'preambular' ? slice(numbered.text, numbered.preambular[0].strayNumberSpan) : undefined, '3');
  });
});

describe('sub-paragraph (i): a letter after (h), a roman numeral anywhere else', () => {
  const labels = (text: string) =>
    parseResolution(text).operative[0]?.subparagraphs.map((sub) => `${sub.label}:${sub.labelKind}${sub.children.length > 0 ? `[${sub.children.map((child) => `${child.label}:${child.labelKind}`).join(',')}]` : ''}`);
  const intro = '1. *Requests* the Secretary-General, within the limits of available resources:';
  const lettered = ['(a) To continue the Sponsorship Programme;', '(b) To prepare a report on the Convention;', '(c) To continue the Implementation Support Unit;'];
  const drafted = (...items: string[]) => [intro, ...items].join('\n\n');

  it('nests (i) and (ii) under a lettered item that wrongly ends with a semicolon (A/RES/78/64, as drafted)', () => {
    const text = drafted(
      ...lettered,
      '(d) To organize in 2023 the following Convention-related activities;',
      '(i) The Group of Experts of the High Contracting Parties to Amended Protocol II, from 9 to 10 November 2023;',
      '(ii) The open-ended Group of Governmental Experts on Emerging Technologies in the Area of Lethal Autonomous Weapons Systems;',
      '(e) To report to the General Assembly at its seventy-ninth session.',
    );
    assert.deepEqual(labels(text), ['a:letter', 'b:letter', 'c:letter', 'd:letter[i:roman,ii:roman]', 'e:letter']);
    const d = parseResolution(text).operative[0]?.subparagraphs[3];
    assert.deepEqual(d?.ending, { char: ';', offset: text.indexOf('activities;') + 10 });
    assert.deepEqual(d?.children[1]?.labelSpan, spanOf(text, '(ii)'));
  });

  it('reads (i) after (h) as the next letter (A/RES/74/113)', () => {
    const eight = ['(d) To develop a programme;', '(e) To dispatch visiting missions;', '(f) To conduct seminars;', '(g) To enlist support;'];
    const text = drafted(...lettered, ...eight, '(h) To observe annually the Week of Solidarity with the Peoples of Non-Self-Governing Territories;', '(i) To continue to pay special attention to the small Territories;', '(j) To report.');
    assert.deepEqual(labels(text)?.slice(7), ['h:letter', 'i:letter', 'j:letter']);
  });

  it('reads (i) after an (h) that introduces sub-items, or before (ii), as roman', () => {
    const seven = ['(d) To develop a programme;', '(e) To dispatch visiting missions;', '(f) To conduct seminars;', '(g) To enlist support;'];
    for (const h of ['(h) To organize the following activities:', '(h) To organize the following activities;']) {
      const text = drafted(...lettered, ...seven, h, '(i) The Group of Experts;', '(ii) The Meeting of High Contracting Parties.');
      assert.deepEqual(labels(text)?.slice(7), ['h:letter[i:roman,ii:roman]']);
    }
  });
});
