// Session ordinals spelled out as the General Assembly writes them ("seventy-ninth"), generated for
// 1 to 100 rather than listed (rulebook §4).

const units = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const teens = [
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
];
const tensCardinal = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const tensOrdinal = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** "seventy-ninth" for 79, "one hundredth" for 100; undefined outside 1–100. */
export function sessionOrdinal(session: number): string | undefined {
  if (!Number.isInteger(session) || session < 1 || session > 100) return undefined;
  if (session === 100) return 'one hundredth';
  if (session < 10) return units[session];
  if (session < 20) return teens[session - 10];
  const tens = Math.floor(session / 10);
  const unit = session % 10;
  return unit === 0 ? tensOrdinal[tens] : `${tensCardinal[tens]}-${units[unit]}`;
}

const ordinalValues = new Map<string, number>(
  Array.from({ length: 100 }, (_, i) => [sessionOrdinal(i + 1) ?? '', i + 1] as const),
);

/** 79 for "seventy-ninth" or "Seventy-ninth" (any case); undefined when the word is no session ordinal. */
export function sessionNumber(ordinal: string): number | undefined {
  return ordinalValues.get(ordinal.trim().toLowerCase().replace(/[\u2010\u2011]/g, '-'));
}
