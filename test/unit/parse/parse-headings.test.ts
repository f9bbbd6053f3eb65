// Section headings as the corpus writes them: numeral and title on one line ("XI Capacity-building",
// A/RES/74/18), the title on the line under the numeral (A/RES/74/137), in text with blank lines, in a
// tab-indented export and in PDF text without blank lines, where a wrapped title runs over two lines.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ResolutionDocument } from '../../../server/src/service/model';
import { parseResolution } from '../../../server/src/service/parse';
import { spanOf } from './helpers';

function headings(model: ResolutionDocument): [string, string, string | undefined][] {
  return model.headings.map((heading) => [heading.kind, heading.label, heading.title]);
}

/** Each paragraph's opening and the label of the section it follows. */
function sections(model: ResolutionDocument): [string | undefined, string | undefined][] {
  return model.paragraphs.map((p) => [p.opening?.text, p.section === undefined ? undefined : model.headings[p.section]?.label]);
}

describe('a section numeral and its title on one line (A/RES/74/18)', () => {
  const text = [
    '*The General Assembly*,',
    '*Recalling* its resolutions 73/124 of 11 December 2018 and 73/125 of 11 December 2018,',
    'X Responsible fisheries in the marine ecosystem',
    '214. *Encourages* States to apply by 2020 the ecosystem approach;',
    'XI Capacity-building',
    '215. *Reiterates* the crucial importance of cooperation by States;',
    'XII Cooperation within the United Nations system',
    '216. *Requests* relevant parts of the United Nations system to cooperate.',
  ].join('\n\n');
  const model = parseResolution(text);

  it('reads the numeral as the label and the rest as the title', () => {
    assert.deepEqual(headings(model), [
      ['section', 'X', 'Responsible fisheries in the marine ecosystem'],
      ['section', 'XI', 'Capacity-building'],
      ['section', 'XII', 'Cooperation within the United Nations system'],
    ]);
    assert.deepEqual(model.headings[1]?.span, spanOf(text, 'XI Capacity-building'));
  });

  it('starts a section: the paragraphs below it belong to it', () => {
    assert.deepEqual(sections(model), [
      ['Recalling', undefined],
      ['Encourages', 'X'],
      ['Reiterates', 'XI'],
      ['Requests', 'XII'],
    ]);
    assert.deepEqual(model.operative.map((p) => p.number), [214, 215, 216]);
  });

  it('takes "A Base/floor salary scale" without a formula below it for a subsection (A/RES/74/255), and not a sentence that opens with "A"', () => {
    const parts = parseResolution(
      [
        '*The General Assembly*,',
        'A Base/floor salary scale',
        '*Recalling* its resolution 44/198, by which it established a floor net salary level for staff in the Professional and higher categories,',
        '*Approves*, with effect from 1 January 2020, the revised unified base/floor salary scale.',
        'A Credentials Committee of nine members shall be appointed at the beginning of the Conference.',
      ].join('\n\n'),
    );
    assert.deepEqual(headings(parts), [['section', 'A', 'Base/floor salary scale']]);
    assert.deepEqual(parts.paragraphs.map((p) => [p.part, p.section]), [[undefined, 0], [undefined, 0], [undefined, 0]]);
  });
});

describe('a section title on the line under its numeral (A/RES/74/137)', () => {
  const lines = [
    '*The General Assembly*,',
    '18. *Requests* the Office of the High Commissioner to continue to assist the mechanisms in their deliberations;',
    'IV',
    'Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action',
    '19. *Takes note* of the report of the Group of Independent Eminent Experts on its sixth session;',
    'V',
    'Capacity-building',
    '*Recognizing* the importance of capacity-building,',
    '20. *Welcomes* the work of the Trust Fund.',
  ];
  const expected = [
    ['section', 'IV', 'Group of Independent Eminent Experts on the Implementation of the Durban Declaration and Programme of Action'],
    ['section', 'V', 'Capacity-building'],
  ];
  const expectedSections = [
    ['Requests', undefined],
    ['Takes note', 'IV'],
    ['Recognizing', 'V'],
    ['Welcomes', 'V'],
  ];

  it('reads the title with blank lines between the lines', () => {
    const model = parseResolution(lines.join('\n\n'));
    assert.deepEqual(headings(model), expected);
    assert.deepEqual(sections(model), expectedSections);
  });

  it('reads the title in a tab-indented export without blank lines', () => {
    const text = lines.map((line) => `\t${line}`).join('\n');
    const model = parseResolution(text);
    assert.deepEqual(headings(model), expected);
    assert.deepEqual(sections(model), expectedSections);
    assert.deepEqual(model.headings[1]?.span, { start: spanOf(text, '\tV\n').start + 1, end: spanOf(text, 'Capacity-building').end });
  });

  it('reads a title wrapped over two lines in PDF text', () => {
    const text = [
      '*The General Assembly*,',
      '18.',
      '*Requests* the Office of the High Commissioner to continue to assist the mechanisms in',
      'their deliberations;',
      'IV',
      'Group of Independent Eminent Experts on the Implementation of the Durban',
      'Declaration and Programme of Action',
      '19.',
      '*Takes note* of the report of the Group of Independent Eminent Experts on its sixth',
      'session.',
    ].join('\n');
    const model = parseResolution(text);
    assert.deepEqual(headings(model), [expected[0]]);
    assert.deepEqual(model.operative.map((p) => p.number), [18, 19]);
    assert.deepEqual(model.headings[0]?.span, { start: spanOf(text, 'IV').start, end: spanOf(text, 'Programme of Action').end });
  });
});

describe('headings between paragraphs of PDF text without blank lines (A/RES/74/262)', () => {
  const text = [
    '*The General Assembly*,',
    '76.',
    '*Recalls* paragraph XII.22 of the report of the Advisory Committee, and decides',
    'to approve resources for the malicious acts insurance policy for 2020;',
    'Income section 3',
    'Services to the public',
    '77.',
    '*Decides* to reduce non-post resources for catering operations by 250,000',
    'dollars.',
  ].join('\n');

  it('reads a heading and its title line before a numbered paragraph', () => {
    const model = parseResolution(text);
    assert.deepEqual(headings(model), [['section', 'Income section 3', 'Services to the public']]);
    assert.deepEqual(model.operative.map((p) => [p.number, p.section]), [[76, undefined], [77, 0]]);
  });

  it('leaves in its paragraph a wrapped line that stops on "and" before a numbered line', () => {
    const unfinished = text.replace('Income section 3\nServices to the public', 'Member States and');
    const model = parseResolution(unfinished);
    assert.deepEqual(model.headings, []);
    assert.equal(model.operative[0]?.text.endsWith('for 2020; Member States and'), true);
  });
});

describe('parts', () => {
  it('reads "**A** Economic and Social Council" above the formula as part A with its title (A/RES/75/290 A)', () => {
    const text = [
      '75/290. Review of the implementation of General Assembly resolution 72/305 on the strengthening of the Economic and Social Council',
      '**A** Economic and Social Council',
      '*The General Assembly*,',
      '*Recalling* the Charter of the United Nations,',
      '1. *Decides* to remain seized of the matter.',
    ].join('\n\n');
    const model = parseResolution(text);
    assert.deepEqual(headings(model), [['part', 'A', 'Economic and Social Council']]);
    assert.equal(model.formulas[0]?.part, 'A');
  });

  it('reads "Part I" in a budget text as a section heading with its title (A/RES/74/262)', () => {
    const text = ['*The General Assembly*,', 'Part I', 'Overall policymaking, direction and coordination', 'Section 1', 'Overall policymaking, direction and coordination', '34. *Decides* that answers shall be made available.'].join('\n\n');
    const model = parseResolution(text);
    assert.deepEqual(headings(model), [
      ['section', 'Part I', 'Overall policymaking, direction and coordination'],
      ['section', 'Section 1', 'Overall policymaking, direction and coordination'],
    ]);
    assert.deepEqual(model.operative.map((p) => [p.number, p.part]), [[34, undefined]]);
  });
});
