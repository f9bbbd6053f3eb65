// Comments `<!-- ... -->`: kept out of paragraph text; `<!-- unres-ignore code ... -->` silences rules
// for the paragraph that follows.

import type { Comment } from '../model';

const directive = 'unres-ignore';

/** Every comment in the text. An unclosed `<!--` runs to the end of its line, so it cannot swallow the draft. */
export function findComments(text: string): Comment[] {
  const comments: Comment[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('<!--', from);
    if (start < 0) return comments;
    const close = text.indexOf('-->', start + 4);
    const end = close < 0 ? lineEndFrom(text, start) : close + 3;
    const inner = text.slice(start + 4, close < 0 ? end : close);
    comments.push(makeComment(start, end, inner));
    from = end;
  }
}

function lineEndFrom(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function makeComment(start: number, end: number, inner: string): Comment {
  const words = inner.trim();
  const named = words.slice(directive.length);
  if (!words.startsWith(directive) || (named.length > 0 && !/^[\s,]/.test(named))) return { span: { start, end }, text: inner };
  const codes = named.split(/[\s,]+/).filter((code) => code.length > 0);
  return { span: { start, end }, text: inner, ignore: codes.length > 0 ? codes : ['*'] };
}
