// In a draft that uses italics, an operative paragraph whose verb lacks them ("1. Requests" for
// "1. *Requests*"). The non-italic openings of the adopted corpus are table rows and budget lines.

import { notItalicRule } from './preambular-not-italic';
import type { Rule } from './rule';

export const operativeVerbNotItalic: Rule = notItalicRule('operative', 'operative-verb-not-italic', 'operative verb');
