// Month names of dates as resolutions write them ("18 December 2007").

export const months: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** 1-based month number of an English month name, or undefined. */
export function monthNumber(name: string): number | undefined {
  const index = months.indexOf(name);
  return index < 0 ? undefined : index + 1;
}
