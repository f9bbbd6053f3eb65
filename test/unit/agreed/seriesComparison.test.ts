import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { align } from '../../../server/src/service/agreed/seriesComparison';

// Operative paragraphs of 64/179 and of 66/181 (abridged), in the order each resolution has them.
const previous = [
  'Takes note with appreciation of the report of the Secretary-General;',
  'Reaffirms the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;',
  'Urges Member States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Corruption;',
  'Requests the Secretary-General to submit a report to the General Assembly at its sixty-fifth session;',
].map((text) => ({ text }));
const draft = [
  'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 65/232;',
  'Urges Member States that have not yet done so to consider ratifying or acceding to the United Nations Convention against Corruption;',
  'Encourages States parties to continue to provide full support to the Conference of the Parties;',
  'Requests the Secretary-General to submit a report to the General Assembly at its sixty-seventh session;',
].map((text) => ({ text }));

describe('lining up a draft with the previous resolution', () => {
  it('pairs each paragraph with the one it continues, keeping both orders, and leaves the rest facing nothing', () => {
    const index = (list: readonly { text: string }[], item: { text: string } | undefined) => (item ? list.indexOf(item) : -1);
    assert.deepEqual(
      align(previous, draft).map(([mine, former]) => [index(draft, mine), index(previous, former)]),
      [
        [0, 0],
        [-1, 1],
        [1, 2],
        [2, -1],
        [3, 3],
      ],
    );
  });

  it('pairs nothing when nothing is alike', () => {
    assert.deepEqual(align([{ text: 'Decides to include the item in the provisional agenda;' }], [{ text: 'Welcomes the report;' }]).map(([a, b]) => [a?.text, b?.text]), [
      [undefined, 'Decides to include the item in the provisional agenda;'],
      ['Welcomes the report;', undefined],
    ]);
  });
});
