// Whether a resolution symbol cited in running text may belong to a body other than the General
// Assembly that the sentence names earlier: "the adoption by the Economic and Social Commission for
// Asia and the Pacific, at its seventy-second session, of resolution 72/7" cites ESCAP's 72/7, not
// the Assembly's. The parser reads only the words just before "resolution"; this looks back over the
// clause (from `from`, the start of the paragraph or footnote, or the last ";" or ":", at most WINDOW
// characters), after the last mention of the General Assembly.

const WINDOW = 200;
const body = /\b(?:Commission|Council|Conference|Board|Parties|Assembly)\b/;
const assembly = /\bGeneral[ \u00a0]+Assembly\b/g;

export function namesAnotherBody(text: string, symbolStart: number, from: number): boolean {
  const window = text.slice(Math.max(from, symbolStart - WINDOW), symbolStart);
  let clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf(':')) + 1);
  const mentions = [...clause.matchAll(assembly)];
  const last = mentions[mentions.length - 1];
  if (last) clause = clause.slice(last.index + last[0].length);
  return body.test(clause);
}
