// Custom messages between the unres server and its clients, namespaced `unres/...`, typed so that the
// client and the tests use the same definitions as the server. Add a message here, never ad hoc.

import { NotificationType, RequestType, RequestType0, type Position, type Range } from 'vscode-languageserver-protocol';

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

// Agreed language: the new wording of a draft, the precedent report, the previous resolution of the
// series, next year's draft and the search of agreed language.

export interface DraftParams {
  readonly uri: string;
}

export interface NewWordingParagraph {
  /** The whole paragraph. */
  readonly range: Range;
  readonly status: 'agreed' | 'adapted' | 'new';
  /** Similarity to the closest precedent, 0 to 1. */
  readonly similarity: number;
  /** "A/RES/66/181, op. 12", when a precedent comes close. */
  readonly precedent?: string;
  /** What the precedent lacks: the draft's own words (adapted), or the whole paragraph (new, against a corpus of 100 resolutions or more). */
  readonly added: readonly Range[];
}

export interface NewWording {
  /** The version of the draft the answer is about (an editor drops an answer about an older one). */
  readonly version: number;
  readonly paragraphs: readonly NewWordingParagraph[];
  /** The configured corpus is still being indexed: the answer is against what is indexed so far (ask again later). */
  readonly indexing: boolean;
}

/** Asks what is new in an open draft against the corpus, paragraph by paragraph; null when the draft is not open. */
export const NewWordingRequest = new RequestType<DraftParams, NewWording | null, void>('unres/newWording');

export interface PrecedentReport {
  /** "Precedents of A/C.3/67/L.10": for the report's tab. */
  readonly title: string;
  /** Each paragraph as agreed (verbatim), adapted (with the diff) or new, in Markdown. */
  readonly markdown: string;
  readonly counts: { readonly agreed: number; readonly adapted: number; readonly new: number };
}

/** Asks for the precedent report of an open draft; null when the draft is not open. */
export const PrecedentReportRequest = new RequestType<DraftParams, PrecedentReport | null, void>('unres/precedentReport');

export interface SeriesComparison {
  /** The previous resolution of the series. */
  readonly symbol: string;
  readonly title?: string;
  readonly date?: string;
  /** 1 for the same title, less for the closest one. */
  readonly affinity: number;
  /** The previous resolution, paragraph by paragraph, in the order that lines up with the draft's. */
  readonly previous: string;
  /** The draft, paragraph by paragraph, rendered the same way. */
  readonly draft: string;
}

export interface PreviousResolution {
  readonly comparison?: SeriesComparison;
  /** Why there is no comparison (no title, no resolution of the series in the corpus). */
  readonly message?: string;
}

/** Asks for the most recent corpus resolution of an open draft's series, both rendered for a diff view. */
export const PreviousResolutionRequest = new RequestType<DraftParams, PreviousResolution | null, void>('unres/previousResolution');

export interface NextYearsDraftParams {
  /** The open draft whose series to continue… */
  readonly uri?: string;
  /** …or the corpus resolution to start from ("A/RES/66/181"). */
  readonly symbol?: string;
}

export interface NextYearsDraft {
  /** The new draft's text. */
  readonly text?: string;
  /** The resolution it was made from. */
  readonly from?: string;
  /** The session the new draft is for. */
  readonly session?: number;
  /** A file name for it: "crime-prevention-67.unres". */
  readonly fileName?: string;
  /** Why no draft could be made. */
  readonly message?: string;
}

/** Asks for next year's draft of a series, from its latest resolution in the corpus. */
export const NextYearsDraftRequest = new RequestType<NextYearsDraftParams, NextYearsDraft, void>('unres/nextYearsDraft');

export interface SearchAgreedLanguageParams {
  readonly query: string;
  /** The draft and the place the chosen paragraph goes to (its kind, number and punctuation follow from them). */
  readonly uri?: string;
  readonly position?: Position;
  readonly limit?: number;
}

export interface AgreedLanguageHit {
  /** The wording, one line. */
  readonly text: string;
  readonly kind: 'preambular' | 'operative';
  /** "A/RES/66/181, op. 12; A/RES/64/179, op. 10". */
  readonly sources: string;
  readonly occurrences: number;
  /** The text to insert at the position asked about. */
  readonly insert: string;
}

/** Searches every corpus paragraph for the words of a query, most shared words first. */
export const SearchAgreedLanguageRequest = new RequestType<SearchAgreedLanguageParams, AgreedLanguageHit[], void>('unres/searchAgreedLanguage');

export interface SeriesTitle {
  readonly symbol: string;
  readonly title?: string;
  readonly date?: string;
}

/** Searches the corpus's resolution titles (for choosing a series to continue). */
export const SearchTitlesRequest = new RequestType<{ readonly query: string }, SeriesTitle[], void>('unres/searchTitles');

/**
 * Commands that reshape a draft (workspace/executeCommand), for every client: the server computes the
 * edits and applies them with workspace/applyEdit. Each takes one `ShapingCommandArgs` argument.
 */
export const ShapingCommands = {
  /** Renumbers the operative paragraphs and updates the internal cross-references. */
  renumberParagraphs: 'unres.server.renumberParagraphs',
  /** Moves the paragraph at `position` one place `direction` (`up` or `down`). */
  moveParagraph: 'unres.server.moveParagraph',
  /** Inserts a footnote marker at `position` and its note (`text`), renumbering the footnotes. */
  insertFootnote: 'unres.server.insertFootnote',
  /** Renumbers footnote markers and notes in order of first appearance. */
  renumberFootnotes: 'unres.server.renumberFootnotes',
} as const;

export interface ShapingCommandArgs {
  readonly uri: string;
  readonly position?: Position;
  readonly direction?: 'up' | 'down';
  /** The text of a new footnote. */
  readonly text?: string;
}

export interface ShapingCommandResult {
  /** Whether the edits were applied (false when nothing needed to change, or when the command could not run). */
  readonly applied: boolean;
  /** Why nothing was applied, in the drafter's words (also shown with window/showMessage). */
  readonly message?: string;
  /** Where the cursor belongs afterwards: the moved paragraph, the new footnote's note. */
  readonly position?: Position;
}
