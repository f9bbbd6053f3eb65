// The readers the corpus loads files with: plain text through the parser (parse/), AKN4UN XML
// through the AKN reader (akn.ts).

import { parseResolution } from '../parse';
import { readAkn } from './akn';
import { corpusResolutionFromAkn } from './fromAkn';
import { corpusResolutionsFromModel } from './fromModel';
import type { CorpusReaders } from './load';

export const defaultReaders: CorpusReaders = {
  text: (content, origin) => corpusResolutionsFromModel(parseResolution(content), origin),
  akn: (content, origin) => {
    const result = readAkn(content);
    return result.ok ? [corpusResolutionFromAkn(result.resolution, origin)] : result.error;
  },
};
