// The layouts drafters paste a resolution in, made from the corpus text format: without italics,
// wrapped at 80 columns with numbers on lines of their own (PDF text), tab-indented (a word
// processor's export). The parser's corpus measurements hold it to each.

export type Layout = (text: string) => string;

export const layouts: Readonly<Record<string, Layout>> = {
  'without italics': (text) => text.replace(/\*/g, ''),
  'wrapped at 80 columns, numbers on their own lines': wrapped,
  'tab-indented': tabIndented,
};

/** PDF-like text: no blank lines, lines of at most 80 columns, "12." alone above its paragraph. */
export function wrapped(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.trim() === '') return [];
      const numbered = /^(\d{1,3})\. (.*)$/.exec(line);
      return numbered ? [`${numbered[1]}.`, ...wrap(numbered[2] ?? '', 80)] : wrap(line, 80);
    })
    .join('\n');
}

function wrap(line: string, width: number): string[] {
  const indent = /^\s*/.exec(line)?.[0] ?? '';
  const lines: string[] = [];
  let current = indent;
  for (const word of line.trim().split(/ +/)) {
    const empty = current.trim().length === 0;
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = empty ? current + word : `${current} ${word}`;
    }
  }
  if (current.trim().length > 0) lines.push(current);
  return lines;
}

/** A word processor's export: every paragraph one line, indented by a tab, "\t12.\t" before the verb. */
export function tabIndented(text: string): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.trim() === '') return [];
      const numbered = /^(\d{1,3})\. (.*)$/.exec(line);
      return [numbered ? `\t${numbered[1]}.\t${numbered[2]}` : `\t${line.trim()}`];
    })
    .join('\n');
}
