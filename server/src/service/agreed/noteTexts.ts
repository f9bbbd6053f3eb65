// Footnote texts as a text writes them (italics kept, lines joined), and made to stand on their own
// when they leave their text: an "Ibid., vol. 2349, No. 42146." refers to the note before it, which
// the text it moves to does not have. Such a note takes the words of that note up to its volume:
// "United Nations, *Treaty Series*, vol. 2349, No. 42146.".

import type { Footnote, ResolutionDocument } from '../model';

const IBID = /^\*?Ibid\.?\*?,?[ \u00a0]*/i;
const VOLUME = /\bvols?\.[ \u00a0]/;

/** The note's text as written, italics markers kept, whitespace collapsed. */
export function noteText(document: ResolutionDocument, note: Footnote): string {
  return document.text.slice(note.textSpan.start, note.textSpan.end).replace(/\s+/g, ' ').trim();
}

/** The note at `index` of the document's notes, with an "Ibid." resolved against the notes before it where it can be. */
export function selfContainedNote(document: ResolutionDocument, index: number): string | undefined {
  const note = document.footnotes[index];
  if (!note) return undefined;
  const text = noteText(document, note);
  const ibid = IBID.exec(text);
  if (!ibid) return text;
  const antecedent = index > 0 ? selfContainedNote(document, index - 1) : undefined;
  if (!antecedent || IBID.test(antecedent)) return text;
  const rest = text.slice(ibid[0].length);
  if (!rest) return antecedent;
  const volume = VOLUME.exec(antecedent);
  return volume ? antecedent.slice(0, volume.index) + rest : text;
}
