// Semantic tokens: the opening phrase of every preambular paragraph and the operative verb of every
// operative paragraph, exactly the phrase ("Takes note with appreciation", "Also requests",
// "Reaffirming also"), whether or not the draft marks it with `*`. The extension's configuration
// defaults make these tokens italic in every theme; `semanticTokenScopes` maps them to the grammar's
// italic scopes for themes that style TextMate scopes only.

import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { Feature } from '../context';
import { italicOpenings } from '../service/format/italics';
import type { ResolutionDocument, TextSpan } from '../service/model';

export const tokenTypes = ['preambularPhrase', 'operativeVerb'] as const;
export const tokenModifiers = ['italic'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...tokenTypes], tokenModifiers: [...tokenModifiers] };

const italic = 1 << tokenModifiers.indexOf('italic');

export const semanticTokens: Feature = {
  capabilities: () => ({ semanticTokensProvider: { legend, full: true, range: true } }),
  register(context) {
    const tokens = (uri: string, range?: TextSpan) => {
      const model = context.drafts.model(uri);
      return model ? encode(model, range) : { data: [] };
    };
    context.connection.languages.semanticTokens.on((params) => tokens(params.textDocument.uri));
    context.connection.languages.semanticTokens.onRange((params) => {
      const model = context.drafts.model(params.textDocument.uri);
      if (!model) return { data: [] };
      return tokens(params.textDocument.uri, { start: model.lines.offsetAt(params.range.start), end: model.lines.offsetAt(params.range.end) });
    });
  },
};

/** One token a line: a phrase wrapped over two lines gives two tokens. */
function encode(model: ResolutionDocument, range?: TextSpan) {
  const builder = new SemanticTokensBuilder();
  for (const { paragraph, opening } of italicOpenings(model)) {
    const { span } = opening;
    if (range && (span.end <= range.start || span.start >= range.end)) continue;
    const type = tokenTypes.indexOf(paragraph.kind === 'operative' ? 'operativeVerb' : 'preambularPhrase');
    for (const piece of linePieces(model, span)) builder.push(piece.line, piece.character, piece.length, type, italic);
  }
  return builder.build();
}

function linePieces(model: ResolutionDocument, span: TextSpan): { line: number; character: number; length: number }[] {
  const first = model.lines.positionAt(span.start);
  const last = model.lines.positionAt(span.end);
  const pieces: { line: number; character: number; length: number }[] = [];
  for (let line = first.line; line <= last.line; line++) {
    const start = line === first.line ? first.character : 0;
    const end = line === last.line ? last.character : model.lines.lineEnd(line) - model.lines.lineStart(line);
    if (end > start) pieces.push({ line, character: start, length: end - start });
  }
  return pieces;
}
