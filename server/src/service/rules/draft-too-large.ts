// A document far larger than any resolution (the largest of the 1,632 adopted texts of sessions 74–78
// is 224 KB) is a paste of many texts or of something else: checking it would hold up the editor for
// seconds on every keystroke. It gets this one finding, on its first line, and no other check runs;
// the caller need not even parse it (`isTooLarge` reads the length only).

import type { Rule, RuleFinding } from './rule';

/** 1 MB: four times the largest adopted resolution. */
export const MOST_DRAFT_BYTES = 1024 * 1024;

export const draftTooLarge: Rule = {
  code: 'draft-too-large',
  defaultSeverity: 'information',
  description: 'The document is larger than 1 MB, four times the largest adopted resolution: the drafting checks do not run on it.',
  check(document) {
    return isTooLarge(document.text) ? [tooLargeFinding(document.text)] : [];
  },
};

/** Whether the text is more than MOST_DRAFT_BYTES long in UTF-8, as its file would be. */
export function isTooLarge(text: string): boolean {
  // A UTF-16 code unit is at least one byte in UTF-8: only a text near the limit needs counting.
  return text.length > MOST_DRAFT_BYTES || (text.length > MOST_DRAFT_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MOST_DRAFT_BYTES);
}

export function tooLargeFinding(text: string): RuleFinding {
  const size = (Buffer.byteLength(text, 'utf8') / (1024 * 1024)).toFixed(1);
  return {
    span: { start: 0, end: firstLineEnd(text) },
    message: `This document is too large for the drafting checks (${size} MB); they run on drafts up to 1 MB.`,
  };
}

function firstLineEnd(text: string): number {
  const end = text.search(/[\r\n]/);
  return end < 0 ? text.length : end;
}
