// Positions and ranges in a draft's text, counted here independently of the server's LineIndex, and
// the markdown of a hover: what the protocol tests compare the server's answers with.

import assert from 'node:assert/strict';
import type { Hover, MarkupContent, Position, Range } from 'vscode-languageserver-protocol';

export function positionAt(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The range of `needle` (its `occurrence`-th appearance) in `source`. */
export function rangeOf(source: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = source.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" is in the text`);
  return { start: positionAt(source, at), end: positionAt(source, at + needle.length) };
}

/** The line that starts with `prefix`. */
export function lineOf(source: string, prefix: string): number {
  const line = source.split('\n').findIndex((candidate) => candidate.startsWith(prefix));
  assert.ok(line >= 0, `a line starts with "${prefix}"`);
  return line;
}

export function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  return (hover.contents as MarkupContent).value;
}
