// Dates as resolutions write them: "18 December 2007", with a space or a no-break space.

import { monthNumber } from '../lexicon';

const monthPattern = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const datePattern = `(\\d{1,2})[ \\u00a0]+(${monthPattern})[ \\u00a0]+(\\d{4})`;

/** ISO `YYYY-MM-DD` from the day, month name and year of a written date; undefined for an impossible date. */
export function isoDate(day: string, month: string, year: string): string | undefined {
  const monthValue = monthNumber(month);
  const dayValue = Number(day);
  if (monthValue === undefined || dayValue < 1 || dayValue > 31) return undefined;
  return `${year}-${String(monthValue).padStart(2, '0')}-${String(dayValue).padStart(2, '0')}`;
}

/**
 * No body of the United Nations adopted anything before 1946 or after next year: such a year is a
 * slip of the keyboard ("2107" for "2017"), whatever the symbol it dates.
 */
export function impossibleAdoptionYear(year: number): boolean {
  return year < 1946 || year > new Date().getUTCFullYear() + 1;
}

const wholeDate = new RegExp(`^${datePattern}$`);

/** ISO date of a string that is exactly a date ("19 December 2011"), else undefined. */
export function parseWholeDate(text: string): string | undefined {
  const match = wholeDate.exec(text);
  return match ? isoDate(match[1] ?? '', match[2] ?? '', match[3] ?? '') : undefined;
}
