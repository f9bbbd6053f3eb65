// Dates written as resolutions write them ("19 December 2011"), keeping the spacing of the date they
// replace (a no-break space between day and month is common in the corpus).

import { months } from '../../lexicon';

/** "2011-12-19" written like `model` ("19 December 2010" or "19\u00a0December 2010"). */
export function writeDateLike(iso: string, model: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return undefined;
  const spaces = model.match(/[ \u00a0]+/g) ?? [];
  return `${Number(match[3])}${spaces[0] ?? ' '}${month}${spaces[1] ?? ' '}${match[1]}`;
}

/** "19 December 2011" for an ISO date. */
export function writeDate(iso: string): string {
  return writeDateLike(iso, '') ?? iso;
}
