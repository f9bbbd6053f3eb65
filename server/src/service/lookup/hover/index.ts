// Hover: a dispatcher over small providers, asked in priority order; the first that has something to
// say about the position answers. What the drafter points at directly (a citation, a footnote marker,
// a cross-reference, a document symbol) comes first.
//
// To add a provider (for example "the closest precedent of this paragraph"): write a file here that
// exports a `HoverProvider` (types.ts), then list it in `hoverProviders` below. Providers about a
// whole paragraph go after the element providers, so that a hover on "resolution 66/181" inside a
// paragraph still describes the resolution.

import type { ResolutionDocument } from '../../model';
import { elementAt } from '../elementAt';
import { citationHover } from './citation';
import { crossReferenceHover } from './crossReference';
import { documentSymbolHover } from './documentSymbol';
import { footnoteHover } from './footnote';
import { precedentHover } from './precedent';
import type { HoverCorpus, HoverProvider, HoverResult } from './types';

export type { HoverContext, HoverCorpus, HoverProvider, HoverResult } from './types';

export const hoverProviders: readonly HoverProvider[] = [citationHover, documentSymbolHover, footnoteHover, crossReferenceHover, precedentHover];

/** The hover at `offset` of a draft, from the first provider that answers. */
export function hoverAt(
  document: ResolutionDocument,
  offset: number,
  corpus?: HoverCorpus,
  providers: readonly HoverProvider[] = hoverProviders,
): HoverResult | undefined {
  const context = { document, offset, element: elementAt(document, offset), ...(corpus ? { corpus } : {}) };
  for (const provider of providers) {
    const result = provider.provide(context);
    if (result) return result;
  }
  return undefined;
}
