// The words the TextMate grammar recognizes as opening phrases when a draft carries no `*...*`
// markers. Built as the rulebook's §3.3 describes (head + modifiers + also/further), from the heads
// and tails that the 1,632 adopted resolutions of sessions 74-78 put inside the italics. A tail is
// listed only where the corpus italicizes it more often than not ("its commitment" 169 inside the
// italics against 40 outside; "in this regard" 38 against 91 is left out).

/** Participles that open a preambular paragraph on their own: "Recalling", "Noting". */
export const preambularParticiples = [
  'Acknowledging', 'Affirming', 'Appreciating', 'Believing', 'Commemorating', 'Commending',
  'Condemning', 'Confirming', 'Considering', 'Continuing', 'Deploring', 'Emphasizing', 'Encouraging',
  'Expressing', 'Highlighting', 'Honouring', 'Inviting', 'Marking', 'Noting', 'Observing', 'Reaffirming',
  'Realizing', 'Recalling', 'Recognizing', 'Recommitting', 'Reconfirming', 'Re-emphasizing', 'Referring',
  'Regretting', 'Reiterating', 'Rejecting', 'Remaining', 'Reminding', 'Renewing', 'Sharing', 'Stressing',
  'Supporting', 'Trusting', 'Underlining', 'Underscoring', 'Understanding', 'Urging', 'Welcoming', 'Wishing',
];

/** Adjectives and past participles that open a preambular paragraph: "Concerned", "Mindful". */
export const preambularAdjectives = [
  'Alarmed', 'Appalled', 'Aware', 'Cognizant', 'Committed', 'Concerned', 'Confident', 'Conscious',
  'Convinced', 'Desirous', 'Determined', 'Disappointed', 'Dismayed', 'Distressed', 'Disturbed', 'Encouraged',
  'Gratified', 'Guided', 'Mindful', 'Resolved', 'Saddened', 'Seized', 'Shocked', 'Troubled',
];

/** Preambular heads of more than one word, whose last word belongs to the phrase. */
export const preambularLocutions = [
  'Bearing in mind', 'Calling attention', 'Calling for', 'Calling upon', 'Keeping in mind', 'Looking forward',
  'Taking into account', 'Taking into consideration', 'Taking note', 'Taking stock',
];

/** What follows "Having" (with "also" or "further" in between when the paragraph repeats one). */
export const perfectParticiples = [
  'adopted', 'considered', 'examined', 'heard', 'listened', 'received', 'reviewed', 'studied',
];

/** Operative verbs, present indicative, third person: "Requests", "Calls". */
export const operativeVerbs = [
  'Accepts', 'Acknowledges', 'Adopts', 'Affirms', 'Agrees', 'Anticipates', 'Appeals', 'Applauds', 'Appoints',
  'Appreciates', 'Approves', 'Appropriates', 'Authorizes', 'Calls', 'Commends', 'Commits', 'Concurs',
  'Condemns', 'Confirms', 'Congratulates', 'Considers', 'Continues', 'Declares', 'Decides', 'Demands',
  'Deplores', 'Designates', 'Determines', 'Directs', 'Elects', 'Emphasizes', 'Encourages', 'Endorses',
  'Establishes', 'Expects', 'Expresses', 'Extends', 'Highlights', 'Insists', 'Invites', 'Notes', 'Objects', 'Pledges',
  'Proclaims', 'Proposes', 'Reaffirms', 'Realizes', 'Recalls', 'Recognizes', 'Recommends', 'Recommits', 'Reconfirms',
  'Re-emphasizes', 'Regrets', 'Reiterates', 'Rejects', 'Remains', 'Reminds', 'Renews', 'Requests', 'Resolves',
  'Respects', 'Revises', 'Stresses', 'Suggests', 'Supports', 'Takes', 'Underlines', 'Underscores',
  'Understands', 'Urges', 'Values', 'Welcomes',
];

/** Operative verbs of more than one word. "Takes note of": "of" stays outside the italics. */
export const operativeLocutions = [
  'Bears in mind', 'Brings to the attention', 'Calls attention', 'Calls for', 'Calls on', 'Calls once again for',
  'Calls once again upon', 'Calls upon', 'Draws attention', 'Draws the attention', 'Looks forward', 'Pays tribute',
  'Takes into account', 'Takes into consideration', 'Takes note',
];

/** Adverbs of degree that come before the head: "Deeply concerned", "Strongly condemns". */
export const degreeAdverbs = [
  'Deeply', 'Equally', 'Ever', 'Firmly', 'Fully', 'Gravely', 'Greatly', 'Particularly', 'Profoundly', 'Seriously',
  'Strongly', 'Unequivocally', 'Urgently',
];

/** Adjectives of intensity inside a tail: "with grave concern", "its unwavering commitment". */
export const intensities = [
  'continued', 'continuing', 'deep', 'firm', 'full', 'grave', 'great', 'growing', 'increasing', 'particular',
  'profound', 'renewed', 'serious', 'strong', 'unequivocal', 'unwavering', 'utmost', 'very deep', 'very serious',
];

/** Nouns after "with": "with appreciation", "with concern". */
export const withNouns = ['alarm', 'appreciation', 'concern', 'gratitude', 'interest', 'regret', 'satisfaction'];

/** Nouns after "its" that the corpus italicizes with the head: "Reaffirming its commitment". */
export const possessiveNouns = [
  'appeal', 'appeals', 'appreciation', 'approval', 'belief', 'call for', 'call upon', 'commitment', 'concern',
  'condemnation', 'conviction', 'demand', 'determination', 'gratitude', 'intention', 'invitation', 'recognition',
  'request', 'satisfaction', 'solidarity', 'support',
];

/** Nouns a head of expression takes without "its": "Expressing deep concern", "Expresses the hope". */
export const expressionNouns = [
  'alarm', 'appreciation', 'concern', 'gratitude', 'regret', 'solidarity', 'support', 'the hope', 'the need',
  'the view',
];

/** Adverbial tails the corpus italicizes with the head: "Condemns in the strongest terms", "Noting in particular". */
export const adverbialTails = [
  'in particular', 'in the strongest possible terms', 'in the strongest terms', 'once again', 'once more',
  'unequivocally', 'without any reservation', 'without reservation',
];

/** Heads that take their complement inside the italics: "Continues to encourage", "Remains deeply concerned". */
export const continuingHeads = { preambular: ['Continuing', 'Remaining'], operative: ['Continues', 'Remains'] };

/** The organs whose formula opens a resolution: "*The General Assembly*,". */
export const organs = [
  'Economic and Social Council', 'General Assembly', 'Human Rights Council', 'Security Council',
  'Trusteeship Council',
];

export const months = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

/** Prefixes of United Nations document symbols (rulebook §4). */
export const symbolPrefixes = [
  'A', 'CAC', 'CAT', 'CCPR', 'CEDAW', 'CERD', 'CRC', 'E', 'FCCC', 'HRI', 'ICCD', 'ISBA', 'S', 'SPLOS', 'ST', 'TD',
  'UNEP',
];
