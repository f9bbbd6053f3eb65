import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldingRanges } from '../../../server/src/service/lookup/folding';
import { outline, type OutlineNode } from '../../../server/src/service/lookup/outline';
import { BUDGET_DRAFT, CRIME_DRAFT, parsed, spanOf, textOf } from './drafts';

function shape(node: OutlineNode): unknown {
  return node.children.length > 0 ? [node.name, node.children.map(shape)] : node.name;
}

/** Every node's selection inside its range (VS Code rejects a symbol otherwise) and its name not empty. */
function assertWellFormed(nodes: readonly OutlineNode[]): void {
  for (const node of nodes) {
    assert.ok(node.name.length > 0);
    assert.ok(node.span.start <= node.selectionSpan.start && node.selectionSpan.end <= node.span.end, node.name);
    assertWellFormed(node.children);
  }
}

describe('the outline of a draft', () => {
  it('has the title, the preamble, the operative part with sub-paragraphs, and the footnotes', () => {
    const nodes = outline(parsed(CRIME_DRAFT));
    assert.deepEqual(nodes.map(shape), [
      'Strengthening the United Nations crime prevention and criminal justice programme, in particular its…',
      ['Preamble', ['PP1 Reaffirming its resolutions 64/179 of 18 December 2009 and…', 'PP2 Recalling Security Council resolution 1373 (2001),']],
      [
        'Operative part',
        [
          'OP1 Takes note with appreciation of the report of the…',
          ['OP2 Requests the United Nations Office on Drugs and Crime:', ['(a) To continue to provide technical assistance to Member…', '(b) To strengthen the collection and analysis of data on crime…']],
          'OP3 Calls upon Member States to support the work referred to in…',
          'OP4 Requests the Secretary-General to report on the…',
        ],
      ],
      ['Footnotes', ['1 A/66/113.']],
    ]);
    assertWellFormed(nodes);
    const op2 = nodes[2]!.children[1]!;
    assert.equal(textOf(CRIME_DRAFT, op2.selectionSpan), '2');
    assert.equal(textOf(CRIME_DRAFT, op2.children[1]!.selectionSpan), '(b)');
  });

  it('groups the paragraphs of a multi-part text under parts A and B', () => {
    const nodes = outline(parsed(BUDGET_DRAFT));
    assert.deepEqual(nodes.map(shape), [
      '79/1. Questions relating to the programme budget',
      [
        'A. Special subjects',
        [
          ['Preamble', ['PP1 Recalling its resolution 78/252 of 22 December 2023,']],
          ['Operative part', ['OP1 Approves the proposals of the Secretary-General;', 'OP2 Requests the Secretary-General to report on the measures…']],
        ],
      ],
      [
        'B. Other questions',
        [['Operative part', ['OP1 Takes note of the report of the Advisory Committee;', 'OP2 Endorses the conclusions and recommendations contained in…', 'OP3 Requests the Secretary-General to implement the previous…']]],
      ],
      'Annex',
    ]);
    assertWellFormed(nodes);
  });
});

describe('folding ranges', () => {
  it('fold the preamble, the operative part, a paragraph with sub-paragraphs, and multi-line footnotes, by line', () => {
    const lineOf = (needle: string) => CRIME_DRAFT.slice(0, spanOf(CRIME_DRAFT, needle).start).split('\n').length - 1;
    assert.deepEqual(foldingRanges(parsed(CRIME_DRAFT)), [
      { startLine: 0, endLine: 1, kind: 'region' },
      { startLine: lineOf('*Reaffirming*'), endLine: lineOf('*Recalling*') },
      { startLine: lineOf('1. *Takes note'), endLine: lineOf('4. *Requests*') },
      { startLine: lineOf('2. *Requests*'), endLine: lineOf('(b) To strengthen') },
    ]);
  });
});
