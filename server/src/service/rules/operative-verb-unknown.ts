// An operative verb (with its modifiers) that adopted resolutions do not use; information only.

import { unknownOpeningRule } from './preambular-phrase-unknown';
import type { Rule } from './rule';

export const operativeVerbUnknown: Rule = unknownOpeningRule('operative', 'operative-verb-unknown', 'operative verb');
