// A file of binary data (a PDF, a Word file, an image) opened as a draft by mistake gets this one
// finding instead of drafting checks, which would read its bytes as paragraphs.

import type { ResolutionDocument } from '../model';
import type { Rule } from './rule';

const SAMPLE = 8192;
/** More control or replacement characters than this share of the sample: no text anyone typed. */
const NOT_TEXT_SHARE = 0.05;

export const notText: Rule = {
  code: 'not-text',
  defaultSeverity: 'information',
  description: 'The file holds binary data (a PDF, a word-processor file, an image), not the text of a draft: the drafting checks do not apply.',
  check(document) {
    if (!isBinary(document)) return [];
    return [{ span: { start: 0, end: Math.min(document.text.length, document.lines.lineEnd(0)) }, message: 'This file holds binary data, not the text of a draft: open or paste the draft as plain text to check it.' }];
  },
};

export function isBinary(document: ResolutionDocument): boolean {
  const sample = document.text.slice(0, SAMPLE);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd || (code >= 0x7f && code < 0xa0)) odd++;
  }
  return odd / sample.length > NOT_TEXT_SHARE;
}
