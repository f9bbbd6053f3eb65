import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { grammarText } from '../../../scripts/grammar/build';
import { grammarPath, textWithScope, tokenizeLines, unresGrammar } from './textmate';

const ITALIC = 'markup.italic.unres';

describe('the TextMate grammar file', () => {
  it('is exactly what scripts/grammar builds (run npm run build:grammar after editing the vocabulary)', () => {
    assert.equal(readFileSync(grammarPath, 'utf8'), grammarText());
  });

  it('tokenizes a 100,000-character paragraph to its end, with every citation and marker in it', async () => {
    const sentence = 'and its resolution 66/181 of 19 December 2011 (A/RES/66/181),[3] ';
    const line = `*Recalling* ${sentence.repeat(Math.ceil(100_000 / sentence.length))}`;
    const [tokens = []] = tokenizeLines(await unresGrammar(), [line]);
    assert.equal(tokens.map((token) => token.text).join(''), line);
    const count = (scope: string) => tokens.filter((token) => token.scopes.includes(scope)).length;
    const repeats = Math.ceil(100_000 / sentence.length);
    assert.equal(count('constant.other.footnote-marker.unres'), repeats);
    assert.equal(count('constant.other.symbol.resolution.unres'), 2 * repeats);
    assert.equal(textWithScope(tokens, ITALIC), 'Recalling');
  });

  it('italicizes nothing of a half-typed opening whose closing asterisk is still missing', async () => {
    const line = '*Noting with concern the humanitarian situation in the region, and recalling its resolution 66/181,';
    const [tokens = []] = tokenizeLines(await unresGrammar(), [line]);
    assert.equal(textWithScope(tokens, ITALIC), '');
    assert.equal(textWithScope(tokens, 'constant.other.symbol.resolution.unres'), '66/181');
  });
});

describe('the editor settings the extension contributes', () => {
  const root = join(__dirname, '..', '..', '..');
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: {
      configurationDefaults: Record<
        string,
        { textMateRules?: { scope: string[]; settings: { fontStyle?: string } }[] }
      >;
    };
  };

  it('make italic in every theme scopes the grammar really gives', () => {
    const rules = manifest.contributes.configurationDefaults['editor.tokenColorCustomizations']?.textMateRules ?? [];
    const italicScopes = rules.filter((rule) => rule.settings.fontStyle === 'italic').flatMap((rule) => rule.scope);
    assert.ok(italicScopes.includes('entity.name.function.operative-verb.unres'));
    const grammar = readFileSync(grammarPath, 'utf8');
    for (const scope of italicScopes) assert.ok(grammar.includes(scope), `${scope} is not in the grammar`);
  });

  it('keep a symbol, a hyphenated title and a resolution number as one word', () => {
    const configuration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as {
      wordPattern: string;
      comments: { blockComment: [string, string] };
    };
    const words = 'Requests the Secretary-General, under A/RES/66/181 and 66/181 (E/CN.15/2009/CRP.4).'.match(
      new RegExp(configuration.wordPattern, 'g'),
    );
    assert.deepEqual(words, [
      'Requests',
      'the',
      'Secretary-General',
      'under',
      'A/RES/66/181',
      'and',
      '66/181',
      'E/CN.15/2009/CRP.4',
    ]);
    assert.deepEqual(configuration.comments.blockComment, ['<!--', '-->']);
  });
});
