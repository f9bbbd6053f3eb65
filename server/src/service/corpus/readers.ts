// The readers the corpus loads files with: plain text through the parser (parse/), AKN4UN XML
// through the AKN reader (akn.ts).

import { parseResolution } from '../parse';
import { readAkn } from './akn';
import { corpusResolutionsFromAkn } from './fromAkn';
import { corpusResolutionsFromModel } from './fromModel';
import type { CorpusReaders } from './load';

export const NOT_A_RESOLUTION = 'No "The General Assembly," formula, resolution number or symbol was found: this does not look like a resolution.';

export const defaultReaders: CorpusReaders = {
  text: (content, origin) => {
    const document = parseResolution(content);
    // Prose that merely opens lines with verbs is not agreed language: ask for a sign of a resolution.
    const resolutionLike = document.formulas.length > 0 || document.title?.number !== undefined || document.symbol !== undefined;
    return resolutionLike ? corpusResolutionsFromModel(document, origin) : NOT_A_RESOLUTION;
  },
  akn: (content, origin) => {
    const result = readAkn(content);
    return result.ok ? corpusResolutionsFromAkn(result.resolution, origin) : result.error;
  },
};
