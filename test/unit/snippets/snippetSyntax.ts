// A reader of VS Code's snippet syntax (tab stops, placeholders, choices, variables, transforms), strict
// where VS Code is lenient: an unbalanced brace or an empty choice is an error here, where the editor
// would silently insert the characters as text.

export type SnippetPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'tabstop'; readonly index: number; readonly content: readonly SnippetPart[] }
  | { readonly kind: 'choice'; readonly index: number; readonly options: readonly string[] }
  | {
      readonly kind: 'variable';
      readonly name: string;
      readonly content: readonly SnippetPart[];
      readonly transform?: Transform;
    };

export interface Transform {
  readonly pattern: RegExp;
  readonly replacement: string;
}

class Reader {
  position = 0;
  constructor(readonly source: string) {}

  peek(offset = 0): string | undefined {
    return this.source[this.position + offset];
  }

  fail(message: string): never {
    throw new Error(`${message} at ${this.position} in ${JSON.stringify(this.source)}`);
  }

  expect(char: string): void {
    if (this.peek() !== char) this.fail(`expected ${JSON.stringify(char)}`);
    this.position++;
  }

  /** Text up to one of `stops`, with backslash escapes resolved. */
  text(stops: string): string {
    let text = '';
    while (this.position < this.source.length && !stops.includes(this.peek() ?? '')) {
      if (this.peek() === '\\' && this.peek(1) !== undefined && `$}\\,|/`.includes(this.peek(1) ?? '')) this.position++;
      text += this.peek();
      this.position++;
    }
    return text;
  }

  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.source);
    if (!found) return undefined;
    this.position += found[0].length;
    return found[0];
  }
}

export function parseSnippet(body: string): SnippetPart[] {
  const reader = new Reader(body);
  return parseParts(reader, false);
}

function parseParts(reader: Reader, nested: boolean): SnippetPart[] {
  const parts: SnippetPart[] = [];
  while (reader.position < reader.source.length) {
    if (reader.peek() === '}' && nested) return parts;
    if (reader.peek() === '$') {
      parts.push(parseDollar(reader));
      continue;
    }
    parts.push({ kind: 'text', text: reader.text(nested ? '$}' : '$') });
  }
  if (nested) reader.fail('unclosed "${"');
  return parts;
}

function parseDollar(reader: Reader): SnippetPart {
  reader.expect('$');
  const digits = reader.match(/\d+/y);
  if (digits !== undefined) return { kind: 'tabstop', index: Number(digits), content: [] };
  const name = reader.match(/[A-Z_][A-Z_0-9]*/y);
  if (name !== undefined) return { kind: 'variable', name, content: [] };
  reader.expect('{');
  const index = reader.match(/\d+/y);
  return index === undefined ? parseVariable(reader) : parseTabstop(reader, Number(index));
}

function parseTabstop(reader: Reader, index: number): SnippetPart {
  if (reader.peek() === '}') {
    reader.expect('}');
    return { kind: 'tabstop', index, content: [] };
  }
  if (reader.peek() === '|') {
    reader.expect('|');
    const options = [reader.text(',|')];
    while (reader.peek() === ',') {
      reader.expect(',');
      options.push(reader.text(',|'));
    }
    reader.expect('|');
    reader.expect('}');
    if (options.some((option) => option.trim() === '')) reader.fail('empty choice');
    return { kind: 'choice', index, options };
  }
  reader.expect(':');
  const content = parseParts(reader, true);
  reader.expect('}');
  return { kind: 'tabstop', index, content };
}

function parseVariable(reader: Reader): SnippetPart {
  const name = reader.match(/[A-Z_][A-Z_0-9]*/y) ?? reader.fail('expected a tab stop number or a variable name');
  if (reader.peek() === '/') {
    const transform = parseTransform(reader);
    reader.expect('}');
    return { kind: 'variable', name, content: [], transform };
  }
  if (reader.peek() === '}') {
    reader.expect('}');
    return { kind: 'variable', name, content: [] };
  }
  reader.expect(':');
  const content = parseParts(reader, true);
  reader.expect('}');
  return { kind: 'variable', name, content };
}

function parseTransform(reader: Reader): Transform {
  reader.expect('/');
  const pattern = reader.text('/');
  reader.expect('/');
  const replacement = reader.text('/');
  reader.expect('/');
  const flags = reader.match(/[gimsuy]*/y) ?? '';
  return { pattern: new RegExp(pattern, flags), replacement };
}

/** Every part of a snippet, nested ones included. */
export function allParts(parts: readonly SnippetPart[]): SnippetPart[] {
  return parts.flatMap((part) => ('content' in part ? [part, ...allParts(part.content)] : [part]));
}

/** The text a snippet inserts when the drafter accepts every default (the first option of each choice). */
export function expandWithDefaults(parts: readonly SnippetPart[], variables: Readonly<Record<string, string>>): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'choice') return part.options[0] ?? '';
      if (part.kind === 'tabstop') return expandWithDefaults(part.content, variables);
      const value = variables[part.name];
      if (value === undefined) return expandWithDefaults(part.content, variables);
      return part.transform ? value.replace(part.transform.pattern, part.transform.replacement) : value;
    })
    .join('');
}
