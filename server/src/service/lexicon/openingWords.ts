// The words an opening phrase is built from (rulebook §3.3): a head word (participle or adjective in
// the preamble, a verb in the third person in the operative part), degree and sequence adverbs, and
// the modifiers that may follow the head inside the italics. The parser uses these lists to find an
// opening phrase in text pasted without italics; the drafting rules reuse them.

/** Participles and adjectives that open preambular paragraphs in adopted resolutions. */
export const preambularHeads: readonly string[] = [
  'Recalling', 'Recognizing', 'Reaffirming', 'Noting', 'Welcoming', 'Taking', 'Expressing', 'Stressing',
  'Emphasizing', 'Acknowledging', 'Having', 'Reiterating', 'Bearing', 'Mindful', 'Convinced', 'Concerned',
  'Underlining', 'Aware', 'Conscious', 'Considering', 'Guided', 'Affirming', 'Encouraging', 'Highlighting',
  'Condemning', 'Underscoring', 'Commending', 'Cognizant', 'Deploring', 'Calling', 'Alarmed', 'Urging',
  'Determined', 'Believing', 'Looking', 'Referring', 'Wishing', 'Remaining', 'Confirming', 'Desirous',
  'Regretting', 'Appreciating', 'Supporting', 'Committed', 'Recommitting', 'Honouring', 'Sharing',
  'Re-emphasizing', 'Resolved', 'Renewing', 'Encouraged', 'Continuing', 'Realizing', 'Inviting',
  'Disappointed', 'Being', 'Seized', 'Reconfirming', 'Trusting', 'Commemorating', 'Observing', 'Marking',
  'Giving', 'Understanding', 'Reminding', 'Rejecting', 'Keeping', 'Paying', 'Drawing', 'Declaring',
  'Confident', 'Disturbed', 'Appalled', 'Shocked', 'Outraged', 'Dismayed', 'Troubled', 'Inspired', 'Pleased',
  'Gratified', 'Grateful', 'Satisfied', 'Anxious', 'Saddened', 'Appreciative', 'Persuaded', 'Acting',
  'Emphasising', 'Recognising', 'Praising', 'Mourning', 'Seeking', 'Aiming', 'Committing',
];

/** Verbs (third person singular) that open operative paragraphs in adopted resolutions. */
export const operativeHeads: readonly string[] = [
  'Encourages', 'Requests', 'Calls', 'Notes', 'Welcomes', 'Recognizes', 'Urges', 'Reaffirms', 'Takes',
  'Decides', 'Recalls', 'Invites', 'Stresses', 'Expresses', 'Reiterates', 'Emphasizes', 'Acknowledges',
  'Underlines', 'Endorses', 'Commends', 'Condemns', 'Approves', 'Recommends', 'Affirms', 'Underscores',
  'Appeals', 'Demands', 'Supports', 'Looks', 'Deplores', 'Appreciates', 'Authorizes', 'Highlights',
  'Appropriates', 'Considers', 'Resolves', 'Re-emphasizes', 'Declares', 'Agrees', 'Continues', 'Renews',
  'Recommits', 'Adopts', 'Remains', 'Reminds', 'Draws', 'Determines', 'Regrets', 'Proclaims', 'Pays',
  'Congratulates', 'Rejects', 'Confirms', 'Commits', 'Respects', 'Reconfirms', 'Realizes', 'Values',
  'Pledges', 'Anticipates', 'Understands', 'Suggests', 'Revises', 'Proposes', 'Greets', 'Expects', 'Brings',
  'Bears', 'Undertakes', 'Trusts', 'Strives', 'Strengthens', 'Maintains', 'Directs', 'Concurs', 'Appoints',
  'Applauds', 'Amends', 'Designates', 'Elects', 'Establishes', 'Extends', 'Entrusts', 'Deems', 'Instructs',
  'Salutes', 'Transmits', 'Accepts', 'Allocates', 'Adjourns', 'Encourage', 'Authorises', 'Emphasises',
  'Recognises', 'Solicits', 'Stands', 'Accords', 'Reappoints', 'Reiterate',
];

/** Adverbs that may precede the head: "Deeply concerned", "Strongly condemns", "Once again urges". */
export const degreeAdverbs: readonly string[] = [
  'deeply', 'gravely', 'seriously', 'strongly', 'fully', 'firmly', 'profoundly', 'greatly', 'keenly',
  'particularly', 'urgently', 'equally', 'ever', 'unequivocally', 'solemnly', 'again', 'most', 'extremely',
];

export const sequenceAdverbs: readonly string[] = ['also', 'further'];

/** Qualifiers of a noun in a modifier: "with *grave* concern", "its *deep* appreciation". */
export const intensifiers: readonly string[] = [
  'great', 'deep', 'grave', 'serious', 'profound', 'particular', 'renewed', 'utmost', 'increasing',
  'growing', 'special', 'strong', 'sincere', 'continued', 'continuing', 'unwavering', 'full', 'firm', 'very',
  'previous', 'unequivocal', 'urgent', 'gravest', 'deepest', 'warm', 'heartfelt', 'strongest', 'steadfast',
  'unreserved', 'highest',
];

/** Nouns of "with ..." modifiers: "Noting with concern", "Takes note with appreciation". */
export const withNouns: readonly string[] = [
  'concern', 'concerns', 'appreciation', 'satisfaction', 'regret', 'interest', 'alarm', 'gratitude',
  'approval', 'encouragement',
];

/** Nouns of "its ..." modifiers: "Reaffirming its commitment", "Reiterates its call upon". */
export const itsNouns: readonly string[] = [
  'concern', 'concerns', 'appreciation', 'commitment', 'commitments', 'support', 'gratitude', 'request',
  'requests', 'call', 'calls', 'invitation', 'determination', 'conviction', 'condemnation', 'belief',
  'recognition', 'approval', 'endorsement', 'demand', 'solidarity', 'resolve', 'intention', 'satisfaction',
  'hope', 'view', 'desire', 'expectation', 'regret', 'readiness', 'preoccupation', 'distress', 'abhorrence',
  'dismay', 'indignation', 'appeal', 'appeals', 'encouragement', 'opposition', 'condolences', 'sympathy',
  'respect', 'willingness', 'position', 'alarm',
];

/** Nouns that may follow "Expressing"/"Expresses" directly: "Expressing deep concern". */
export const directNouns: readonly string[] = [
  'concern', 'concerns', 'appreciation', 'satisfaction', 'support', 'gratitude', 'alarm', 'regret',
  'solidarity', 'condolences', 'sympathy', 'optimism', 'commendation',
];

/** Nouns after "the": "Stressing the importance", "Expresses the view", "Sharing the deep concern". */
export const theNouns: readonly string[] = ['importance', 'need', 'view', 'hope', 'expectation', 'desire', 'concern', 'belief', 'conviction', 'wish'];

/** Heads that take "it" and a judgement: "Considers it important", "Believing it necessary". */
export const judgementHeads: readonly string[] = ['considers', 'considering', 'believes', 'believing', 'deems', 'deeming', 'finds', 'finding'];

/** Complements that belong to particular heads inside the italics: "Bearing in mind", "Calls upon". */
export const fixedComplements: Readonly<Record<string, readonly string[]>> = {
  bearing: ['in mind'],
  bears: ['in mind'],
  keeping: ['in mind'],
  taking: ['note', 'into account', 'into consideration'],
  takes: ['note', 'into account', 'into consideration'],
  calls: ['upon', 'for', 'on', 'attention'],
  calling: ['upon', 'for', 'on', 'attention'],
  call: ['upon', 'for'],
  looks: ['forward'],
  looking: ['forward'],
  draws: ['attention', 'the attention'],
  drawing: ['attention', 'the attention'],
  pays: ['tribute'],
  paying: ['tribute'],
  brings: ['to the attention'],
  giving: ['due consideration'],
};

/**
 * Modifiers that close the opening after particular heads only. The corpus italicizes "in this regard"
 * after "Welcoming" 22 times out of 33 and after "Noting" 14 out of 19, but after "Welcomes" 2 out of 7
 * and after other heads never.
 */
export const headClosingModifiers: Readonly<Record<string, readonly string[]>> = {
  welcoming: ['in this regard'],
  noting: ['in this regard'],
};

/**
 * Adverbial modifiers that may close an opening: "Reaffirming once more", "Condemns in the strongest terms".
 * "in this regard" closes only after the heads of `headClosingModifiers`: after all heads together the
 * corpus italicizes it 34 times and leaves it out 81 times.
 */
export const closingModifiers: readonly string[] = [
  'once again', 'once more', 'again', 'in particular',
  'in the strongest possible terms', 'in the strongest terms', 'without reservation', 'without any reservation', 'unequivocally', 'firmly', 'equally',
];

/** Heads followed by a state: "Remaining deeply concerned", "Remains convinced", "Being gravely concerned". */
export const stateHeads: readonly string[] = ['remaining', 'remains', 'being', 'is'];
export const stateAdjectives: readonly string[] = ['concerned', 'convinced', 'committed', 'encouraged', 'determined', 'seized', 'alarmed', 'aware', 'mindful', 'satisfied'];

/** Heads followed by "to" and a verb inside the italics: "Continues to encourage". */
export const toInfinitiveHeads: readonly string[] = ['continues', 'continuing'];

/** Capitalized words ending in -ing that never open a preambular paragraph. */
export const notPreambularHeads: readonly string[] = [
  'Including', 'During', 'Notwithstanding', 'Regarding', 'Concerning', 'According', 'Following', 'Pending',
  'Nothing', 'Something', 'Everything', 'Beijing', 'Nanjing', 'Excluding', 'Beginning', 'Starting',
  'Morning', 'Evening', 'Spring', 'Bring', 'King', 'Thing', 'Wing', 'Ring', 'Sing', 'Sterling', 'Darling',
  'Making', 'Building', 'Strengthening', 'Improving', 'Promoting', 'Ending', 'Addressing', 'Mainstreaming',
  'Reducing', 'Safeguarding', 'Funding', 'Financing', 'Training', 'Housing', 'Planning', 'Monitoring',
  'Reporting', 'Meeting', 'Setting', 'Warning', 'Timing', 'Spending', 'Costing', 'Pricing', 'Programming',
];
