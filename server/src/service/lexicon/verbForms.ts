// The forms of an operative verb that a drafter may type by mistake instead of the third person
// singular the General Assembly writes: the bare form ("Request"), the participle ("Requesting", as in
// the preamble) and the past ("Requested"). Generated from the verbs themselves, never listed.

/** The stems of a third-person verb: "requests" -> ["request"], "stresses" -> ["stress", "stresse"], "applies" -> ["apply"]. */
export function stemsOf(verb: string): string[] {
  if (verb.endsWith('ies') && verb.length > 4) return [`${verb.slice(0, -3)}y`];
  if (!verb.endsWith('s') || verb.endsWith('ss')) return [];
  const stems = [verb.slice(0, -1)];
  if (/(?:s|x|z|ch|sh|o)es$/.test(verb)) stems.push(verb.slice(0, -2));
  return stems;
}

/** The bare form, participle and past of each stem, with the final consonant doubled where English may double it. */
export function formsOf(verb: string): string[] {
  const forms = new Set<string>();
  for (const stem of stemsOf(verb)) {
    forms.add(stem);
    for (const form of [...participles(stem), ...pasts(stem)]) forms.add(form);
  }
  forms.delete(verb);
  return [...forms];
}

function participles(stem: string): string[] {
  if (stem.endsWith('ie')) return [`${stem.slice(0, -2)}ying`];
  if (stem.endsWith('e') && !stem.endsWith('ee')) return [`${stem.slice(0, -1)}ing`];
  return [`${stem}ing`, ...doubled(stem).map((base) => `${base}ing`)];
}

function pasts(stem: string): string[] {
  if (stem.endsWith('e')) return [`${stem}d`];
  if (/[^aeiou]y$/.test(stem)) return [`${stem.slice(0, -1)}ied`];
  return [`${stem}ed`, ...doubled(stem).map((base) => `${base}ed`)];
}

/** "commit" -> "committ", "regret" -> "regrett": a final consonant after a single vowel. */
function doubled(stem: string): string[] {
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(stem) ? [stem + stem.slice(-1)] : [];
}

/** The participle a preambular paragraph would use for an operative verb: "recalls" -> "recalling". */
export function participleOf(verb: string): string[] {
  return stemsOf(verb).flatMap(participles);
}
