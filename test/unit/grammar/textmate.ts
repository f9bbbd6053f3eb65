// Loads syntaxes/unres.tmLanguage.json with the engine VS Code uses (vscode-textmate on Oniguruma),
// so that tests read the scopes an editor would show.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StackElement } from 'vscode-textmate';

export const grammarPath = join(__dirname, '..', '..', '..', 'syntaxes', 'unres.tmLanguage.json');

let loaded: Promise<IGrammar> | undefined;

async function load(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('text.unres');
  if (!grammar) throw new Error(`cannot load ${grammarPath}`);
  return grammar;
}

export function unresGrammar(): Promise<IGrammar> {
  loaded ??= load();
  return loaded;
}

export interface ScopedText {
  readonly text: string;
  readonly start: number;
  readonly scopes: readonly string[];
}

/** The tokens of each line, continuing the grammar's state from line to line. */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): ScopedText[][] {
  let state: StackElement = INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({
      text: line.slice(token.startIndex, token.endIndex),
      start: token.startIndex,
      scopes: token.scopes,
    }));
  });
}

/** The text of the line that carries `scope`, token after token joined. */
export function textWithScope(tokens: readonly ScopedText[], scope: string): string {
  return tokens
    .filter((token) => token.scopes.includes(scope))
    .map((token) => token.text)
    .join('');
}
