// Which language a draft is written in, by a cheap test: the script, then the commonest function
// words of English, French and Spanish in the first few thousand characters.

const sample = 6000;
const stopWords: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['the', 'of', 'and', 'to', 'in', 'its', 'that', 'for', 'with', 'on', 'by', 'all', 'which', 'this']),
  fr: new Set(['le', 'la', 'les', 'des', 'du', 'et', 'à', 'en', 'sur', 'que', 'dans', 'pour', 'une', 'aux', 'ses', 'qui']),
  es: new Set(['el', 'los', 'las', 'del', 'y', 'en', 'que', 'por', 'con', 'para', 'una', 'sus', 'al', 'se']),
};

/** ISO 639-1 code ("en", "fr", "es", "ru", "ar", "zh"), or "unknown" when the text shows no language. */
export function detectLanguage(text: string): string {
  const head = text.slice(0, sample);
  const script = scriptOf(head);
  if (script) return script;
  const counts = Object.entries(stopWords).map(([language, words]) => [language, countWords(head, words)] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[1] === 0) return 'unknown';
  return second && best[1] === second[1] && best[0] !== 'en' ? 'unknown' : best[0];
}

function countWords(text: string, words: ReadonlySet<string>): number {
  let count = 0;
  for (const match of text.toLowerCase().matchAll(/\p{L}+/gu)) if (words.has(match[0])) count++;
  return count;
}

function scriptOf(text: string): string | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  const share = (pattern: RegExp) => (text.match(pattern)?.length ?? 0) / letters;
  if (share(/\p{Script=Cyrillic}/gu) > 0.5) return 'ru';
  if (share(/\p{Script=Arabic}/gu) > 0.5) return 'ar';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  return undefined;
}
