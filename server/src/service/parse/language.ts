// Which language a draft is written in, by a cheap test: the script, then the commonest function
// words of English, French and Spanish in the first few thousand characters.

const sample = 3000;
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
  const words = head.toLowerCase().split(/[^a-zà-öø-ÿ]+/);
  const counts = Object.entries(stopWords).map(([language, list]) => [language, words.filter((word) => list.has(word)).length] as const);
  counts.sort((a, b) => b[1] - a[1]);
  const [best, second] = counts;
  if (!best || best[1] === 0) return 'unknown';
  return second && best[1] === second[1] && best[0] !== 'en' ? 'unknown' : best[0];
}

/** A non-Latin script that makes up most of the letters. */
function scriptOf(text: string): string | undefined {
  let latin = 0;
  let cyrillic = 0;
  let arabic = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) latin++;
    else if (code >= 0x400 && code <= 0x4ff) cyrillic++;
    else if (code >= 0x600 && code <= 0x6ff) arabic++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
  }
  const letters = latin + cyrillic + arabic + han;
  if (letters === 0) return undefined;
  if (cyrillic > letters / 2) return 'ru';
  if (arabic > letters / 2) return 'ar';
  if (han > letters * 0.3) return 'zh';
  return undefined;
}
