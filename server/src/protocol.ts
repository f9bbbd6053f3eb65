// Custom messages between the unres server and its clients, namespaced `unres/...`, typed so that the
// client and the tests use the same definitions as the server. Add a message here, never ad hoc.

import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface CorpusFileProblem {
  readonly path: string;
  readonly message: string;
}

export interface CorpusStatus {
  /** `indexing` while the configured corpus is read (features use the built-in seeds meanwhile). */
  readonly state: 'indexing' | 'ready' | 'failed';
  readonly resolutions: number;
  /** Corpus paragraphs (every paragraph of every resolution). */
  readonly paragraphs: number;
  /** Distinct wordings in the agreed-language index. */
  readonly wordings: number;
  /** Files that could not be indexed, each once, with the reason. */
  readonly errors: readonly CorpusFileProblem[];
  /** Where the corpus in use came from: the built-in seeds only, the cache as it was, the cache with changed files re-read, or every file read. */
  readonly source: 'builtin' | 'cache' | 'update' | 'index';
  /** When `failed`, or when the cache could not be written: what went wrong. */
  readonly message?: string;
  /** While `indexing`: the share of the corpus files read so far, 0 to 100. */
  readonly progress?: number;
}

/** Sent by the server whenever the corpus status changes. */
export const CorpusStatusNotification = new NotificationType<CorpusStatus>('unres/corpusStatus');

/** Asks the server for the current corpus status. */
export const CorpusStatusRequest = new RequestType0<CorpusStatus, void>('unres/corpusStatus');

/** What the status bar shows of a draft: how many paragraphs of each kind and footnotes it has. */
export interface DraftStatus {
  readonly preambular: number;
  readonly operative: number;
  readonly footnotes: number;
}

export interface DraftStatusParams {
  readonly uri: string;
}

/** Asks the server for the counts of an open draft; null when the draft is not open. */
export const DraftStatusRequest = new RequestType<DraftStatusParams, DraftStatus | null, void>('unres/draftStatus');

export interface RenderHtmlParams {
  readonly uri: string;
}

/** A draft rendered as the General Assembly's documents look, for the preview and the HTML export. */
export interface RenderedHtml {
  /** A standalone page with its own Content-Security-Policy: no script, nothing loaded from outside. */
  readonly html: string;
  /** The document symbol and title, for the preview's tab and the exported file. */
  readonly title: string;
  /** The version of the draft that was rendered. */
  readonly version: number;
}

/** Asks the server to render an open draft as HTML; null when the draft is not open. */
export const RenderHtmlRequest = new RequestType<RenderHtmlParams, RenderedHtml | null, void>('unres/renderHtml');
