// The readers the corpus loads files with: plain text through the parser (parse/), AKN4UN XML
// through the AKN reader (akn.ts). Both end in `corpusResolutionsFromModel`.

import { parseResolution } from '../parse';
import { corpusResolutionsFromModel } from './fromModel';
import type { CorpusReaders } from './load';

export const defaultReaders: CorpusReaders = {
  text: (content, origin) => corpusResolutionsFromModel(parseResolution(content), origin),
  akn: () => 'AKN4UN XML is not read yet.',
};
