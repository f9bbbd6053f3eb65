// Writes syntaxes/unres.tmLanguage.json from scripts/grammar/. Run: npm run build:grammar.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammarText } from './grammar/build';

const target = join(__dirname, '..', 'syntaxes', 'unres.tmLanguage.json');
writeFileSync(target, grammarText());
console.log(`wrote ${target}`);
