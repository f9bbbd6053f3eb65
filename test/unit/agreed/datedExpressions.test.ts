import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedExpressions, movedOn } from '../../../server/src/service/agreed/datedExpressions';

// Resolution 66/181 (sixty-sixth session, adopted in 2011), operative paragraphs 5, 29 and 34, and a deadline in a year.
const REVIEW =
  'Encourages States parties and signatories to the United Nations Convention against Transnational Organized Crime to support the activities of the open-ended intergovernmental working group established by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its fifth session to develop a mechanism or mechanisms for the review of the implementation of the Convention;';
const MARRAKECH = 'Welcomes the conclusion of the fourth session of the Conference of the States Parties to the United Nations Convention against Corruption, held in Marrakech, Morocco, from 24 to 28 October 2011;';
const REPORT = 'Requests the Secretary-General to submit a report to the General Assembly at its sixty-seventh session on the implementation of the mandates of the United Nations crime prevention and criminal justice programme;';
const time = { session: 66, year: 2011 };

describe('sessions, years and resolutions of a text\'s own time', () => {
  it('takes a report due at a later session for a deadline, and moves it on', () => {
    const [report] = datedExpressions(REPORT, time);
    assert.deepEqual(report, { kind: 'session', span: { start: REPORT.indexOf('sixty-seventh'), end: REPORT.indexOf('sixty-seventh') + 13 }, text: 'sixty-seventh', value: 67, deadline: true });
    assert.equal(movedOn(report!, 1), 'sixty-eighth');
  });

  it('leaves past sessions and other bodies\' early sessions alone', () => {
    assert.deepEqual(datedExpressions(REVIEW, time), []);
  });

  it('names a date of the text\'s year without taking it for a deadline', () => {
    assert.deepEqual(datedExpressions(MARRAKECH, time), []);
    const plan = 'Decides to convene the Congress by 2013 and to review it in 2011;';
    assert.deepEqual(
      datedExpressions(plan, time).map((expression) => [expression.kind, expression.text, expression.deadline]),
      [
        ['year', '2013', true],
        ['year', '2011', false],
      ],
    );
  });

  it('names the resolution of the session before, the previous step of the series', () => {
    const text = 'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 65/232;';
    assert.deepEqual(
      datedExpressions(text, time).map((expression) => [expression.kind, expression.text, expression.value, expression.deadline]),
      [['resolution', '65/232', 65, false]],
    );
    assert.deepEqual(datedExpressions('Recalling its resolution 46/152 of 18 December 1991,', time), []);
  });

  it('keeps the capital of an ordinal that starts a line', () => {
    const [session] = datedExpressions('Sixty-seventh session', { session: 67 });
    assert.equal(movedOn(session!, 1), 'Sixty-eighth');
  });
});
