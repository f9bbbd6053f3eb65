// What every LSP feature receives: the connection, the open drafts, the settings and the corpus.

import type { ClientCapabilities, Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusFiles } from './corpusFiles';
import type { CorpusService } from './corpusService';
import type { DraftStore } from './drafts';
import type { SettingsStore } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly drafts: DraftStore;
  readonly settings: SettingsStore;
  /** The corpus: `corpus.current` answers at once (the built-in seeds until the configured corpus is indexed). */
  readonly corpus: CorpusService;
  /** Where corpus resolutions open in the editor (their files at their titles). */
  readonly corpusFiles: CorpusFiles;
  /** What the client said it supports, at initialize. */
  readonly clientCapabilities: () => ClientCapabilities;
  /** File-system paths of the workspace folders, for relative corpus paths. */
  readonly workspaceFolders: () => readonly string[];
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  capabilities?(params: InitializeParams): ServerCapabilities;
  register(context: ServerContext): void;
}
