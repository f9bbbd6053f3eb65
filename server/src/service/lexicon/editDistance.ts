// Edit distance between two words or phrases (insertions, deletions, substitutions and swaps of two
// neighbouring letters, the slips of a typist), given up once it exceeds a bound so that comparing a
// typed phrase with every known one stays cheap.

/** The optimal-string-alignment distance between `a` and `b`, or `max + 1` when it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/**
 * How many slips a word or phrase of this length may carry and still be taken for a known one: one up
 * to twelve letters ("Encourges"), two beyond ("Reafirming alsoo").
 */
export function allowedSlips(length: number): number {
  if (length <= 3) return 0;
  return length <= 12 ? 1 : 2;
}

/** Typists rarely get the first letter wrong; two phrases that differ there are different phrases ("Notes", "Votes"). */
export function sameInitial(a: string, b: string): boolean {
  return a.charAt(0).toLowerCase() === b.charAt(0).toLowerCase();
}
