// workspace/symbol: "Go to Symbol in Workspace" searches the corpus by symbol and title; picking a
// resolution opens it at its title, as go to definition does.

import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { Feature } from '../context';
import { searchCorpusResolutions } from '../service/lookup/corpusSearch';
import { writtenDate } from '../service/lookup/words';

/** Results per query: enough to pick from, few enough that each has its location computed at once. */
const RESULTS = 50;

export const workspaceSymbols: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(context) {
    context.connection.onWorkspaceSymbol((params) =>
      searchCorpusResolutions(context.corpus.current, params.query, RESULTS).flatMap((resolution): SymbolInformation[] => {
        const location = context.corpusFiles.locate(resolution);
        if (!location) return [];
        const name = resolution.title ? `${resolution.symbol} · ${resolution.title}` : resolution.symbol;
        const containerName = resolution.date ? `adopted ${writtenDate(resolution.date)}` : '';
        return [{ name, kind: SymbolKind.File, location, ...(containerName ? { containerName } : {}) }];
      }),
    );
  },
};
