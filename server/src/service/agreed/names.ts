// Completion of the canonical names of instruments and bodies (the lexicon's table, rulebook §3.4):
// the longest run of words before the cursor that begins a canonical name ("the United Nations
// Convention ag") or one of its variants ("UN Char") is completed to the canonical name.

import { canonicalNames } from '../lexicon';
import type { TextSpan } from '../model';
import type { TypingContext } from './typing';

export interface NameChoice {
  readonly canonical: string;
  /** The variant the typed words begin, when it is not the canonical name itself ("UN Charter"). */
  readonly variant?: string;
  readonly span: TextSpan;
  readonly typed: string;
}

/** Fewer typed characters than this complete no name. */
const MIN_TYPED = 4;
/** Names are looked for in this many characters before the cursor. */
const NAME_REACH = 100;

interface NameForm {
  readonly canonical: string;
  readonly form: string;
  readonly lower: string;
}

const forms: readonly NameForm[] = canonicalNames.flatMap(({ canonical, aliases }) =>
  [canonical, ...aliases].map((form) => ({ canonical, form, lower: form.toLowerCase() })),
);

export function nameChoices(typing: TypingContext): NameChoice[] {
  const before = typing.lineBefore.slice(-NAME_REACH);
  for (const start of wordStarts(before)) {
    const typed = before.slice(start);
    if (typed.length < MIN_TYPED) break;
    const choices = choicesFor(typed, typing.offset);
    if (choices.length > 0) return choices;
  }
  return [];
}

/** Where a name could begin: each word starting with a capital letter or a digit, farthest first. */
function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const boundary = i === 0 || /[\s(“"‘'\u00a0]/.test(text[i - 1]!);
    if (boundary && /[A-Z0-9]/.test(text[i]!)) starts.push(i);
  }
  return starts;
}

function choicesFor(typed: string, offset: number): NameChoice[] {
  const lower = typed.toLowerCase();
  const span = { start: offset - typed.length, end: offset };
  const seen = new Set<string>();
  const choices: NameChoice[] = [];
  for (const form of forms) {
    if (form.lower.length <= lower.length || !form.lower.startsWith(lower) || seen.has(form.canonical)) continue;
    seen.add(form.canonical);
    choices.push({ canonical: form.canonical, ...(form.form !== form.canonical ? { variant: form.form } : {}), span, typed });
  }
  return choices;
}
