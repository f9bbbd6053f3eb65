// Offsets of the core (TextSpan) to LSP ranges and back, through a document's LineIndex.

import type { Position, Range } from 'vscode-languageserver';
import type { TextSpan } from './service/model';
import type { LineIndex } from './service/text/lineIndex';

export function rangeOf(lines: LineIndex, span: TextSpan): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function offsetOf(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}
