// The precedent of a paragraph, remembered per corpus and per wording: a hover, the "new wording"
// marks, the quick fix and the report ask about the same paragraphs again and again, and a draft's
// paragraphs rarely change between two requests. The search itself (corpus/precedent.ts) costs up
// to tens of milliseconds on a long paragraph of a large corpus; a remembered answer costs a lookup.

import type { Corpus } from '../corpus/corpus';
import { corpusParagraphText } from '../corpus/fromModel';
import type { PrecedentMatch } from '../corpus/precedent';
import type { Paragraph, ParagraphKind } from '../model';

/** Wordings remembered per corpus (the least recently asked are forgotten first). */
const REMEMBERED = 5000;

const memories = new WeakMap<Corpus, Map<string, PrecedentMatch>>();

export function precedentOf(corpus: Corpus, text: string, kind: ParagraphKind): PrecedentMatch {
  let memory = memories.get(corpus);
  if (!memory) {
    memory = new Map();
    memories.set(corpus, memory);
  }
  const key = `${kind}\n${text}`;
  const known = memory.get(key);
  if (known) {
    memory.delete(key);
    memory.set(key, known);
    return known;
  }
  const match = corpus.precedent(text, kind);
  memory.set(key, match);
  if (memory.size > REMEMBERED) memory.delete(memory.keys().next().value!);
  return match;
}

export function paragraphPrecedent(corpus: Corpus, paragraph: Paragraph): PrecedentMatch {
  return precedentOf(corpus, corpusParagraphText(paragraph), paragraph.kind);
}

