// What each kind of citation is called, and the address of the official document it names on the
// United Nations Official Document System. The link is only text in a hover or a document link: the
// editor opens it when the drafter clicks it; nothing here reaches the network.

import type { Citation, CitationKind } from '../model';

const names: Readonly<Record<CitationKind, string>> = {
  'ga-resolution': 'General Assembly resolution',
  'ga-decision': 'General Assembly decision',
  'ecosoc-resolution': 'Economic and Social Council resolution',
  'ecosoc-decision': 'Economic and Social Council decision',
  'sc-resolution': 'Security Council resolution',
  'hrc-resolution': 'Human Rights Council resolution',
  document: 'United Nations document',
  treaty: 'Treaty',
};

export function citationKindName(kind: CitationKind): string {
  return names[kind];
}

/** Kinds the corpus may hold (resolutions are looked up there; other documents only in footnotes). */
export function isResolution(citation: Citation): boolean {
  return citation.kind.endsWith('-resolution');
}

export function isDecision(citation: Citation): boolean {
  return citation.kind === 'ga-decision' || citation.kind === 'ecosoc-decision';
}

const ODS = 'https://docs.un.org/en/';

/**
 * The official document of a citation: `https://docs.un.org/en/A/RES/66/181`. The parts of a
 * multi-part resolution ("A/RES/74/261 B") share one document, so the part letter is left out; a
 * Security Council year is written without its space ("S/RES/1373(2001)"), as the documents are.
 * Decisions (published in the Official Records, not as documents of their own) and treaties have none.
 */
export function officialDocumentLink(citation: Citation): string | undefined {
  if (citation.kind === 'treaty' || citation.kind === 'ga-decision' || citation.kind === 'ecosoc-decision') return undefined;
  const symbol = citation.part ? citation.symbol.slice(0, -citation.part.length).trimEnd() : citation.symbol;
  return `${ODS}${symbol.replace(/[ \u00a0]+(?=\()/g, '').replace(/[ \u00a0]+/g, '%20')}`;
}
