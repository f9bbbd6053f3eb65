// A short draft in the corpus text format, built from the agreed language of resolution 66/181 (the
// built-in corpus), with internal cross-references of every form renumbering must follow.

export const draftLines = [
  'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling* its resolution 66/181 of 19 December 2011,',
  '',
  '*Reaffirming* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy,[1]',
  '',
  '1. *Takes note with appreciation* of the report of the Secretary-General;[2]',
  '',
  '2. *Reaffirms* the importance of the United Nations Convention against Transnational Organized Crime and the Protocols thereto;',
  '',
  '3. *Requests* the United Nations Office on Drugs and Crime:',
  '',
  '    (a) To continue to provide technical assistance to Member States;',
  '',
  '    (b) To strengthen the collection, analysis and dissemination of data;',
  '',
  '4. *Urges* Member States to implement subparagraph (b) of paragraph 3 above, in accordance with paragraph 5 of resolution 65/232;',
  '',
  '5. *Requests* the Secretary-General to submit a report to the General Assembly at its sixty-seventh session on the implementation of paragraphs 2 to 4 above;',
  '',
  '6. *Also requests* the Secretary-General to include in the report referred to in paragraph 5 above information on the status of ratifications.',
  '',
  '__________',
  '[1] Resolution 60/288.',
  '[2] A/66/303.',
  '',
];

export const draft = draftLines.join('\n');
