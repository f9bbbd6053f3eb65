// The five seeds of the built-in corpus, each in its own layout (PDF text with numbers on their own
// lines, page-break footnote blocks, tab-indented export with document-system lines, superscript
// markers): the parser reproduces the counts read by hand in manifest.json, and the metadata the
// text carries.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parseResolution } from '../../server/src/service/parse';

interface SeedEntry {
  readonly file: string;
  readonly symbol: string;
  readonly session: number;
  readonly adopted: string;
  readonly meeting: string | null;
  readonly title: string;
  readonly expected: { readonly preambular: number; readonly operative: number; readonly footnoteTexts: number };
}

const CORPUS = resolve(__dirname, '../../corpus');
const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as { documents: SeedEntry[] };

describe('the built-in seeds', () => {
  for (const seed of manifest.documents) {
    const text = readFileSync(join(CORPUS, seed.file), 'utf8');
    const model = parseResolution(text);

    it(`${seed.symbol}: ${seed.expected.preambular} preambular, ${seed.expected.operative} operative paragraphs and ${seed.expected.footnoteTexts} footnote texts`, () => {
      assert.equal(model.preambular.length, seed.expected.preambular);
      assert.equal(model.operative.length, seed.expected.operative);
      assert.equal(model.footnotes.length, seed.expected.footnoteTexts);
      assert.deepEqual(model.operative.map((p) => p.number), Array.from({ length: seed.expected.operative }, (_, i) => i + 1));
      assert.ok(model.paragraphs.every((p) => p.opening !== undefined), 'every paragraph has an opening phrase');
      assert.deepEqual(model.footnotes.map((f) => f.marker), Array.from({ length: seed.expected.footnoteTexts }, (_, i) => String(i + 1)));
    });

    it(`${seed.symbol}: the metadata the text carries`, () => {
      const numbered = /^\s*\d+\/\d+\./m.test(text.slice(0, 2000));
      assert.equal(model.symbol?.value, numbered ? seed.symbol : undefined);
      assert.equal(model.session, numbered ? seed.session : undefined);
      assert.equal(model.title?.text, seed.title);
      assert.equal(model.closing?.meeting, seed.meeting ?? undefined);
      assert.equal(model.closing?.date, seed.meeting ? seed.adopted : undefined);
      assert.equal(model.language, 'en');
    });
  }

  it('keeps the page-break footnote blocks of A/RES/64/179 out of the paragraphs they interrupt', () => {
    const seed = manifest.documents.find((entry) => entry.symbol === 'A/RES/64/179');
    const model = parseResolution(readFileSync(join(CORPUS, seed?.file ?? ''), 'utf8'));
    const interrupted = model.operative.find((p) => p.number === 6);
    assert.equal(interrupted?.fragments.length, 2);
    assert.equal(
      interrupted?.text,
      'Recognizes the general progress made by the United Nations Office on Drugs and Crime in the delivery of advisory services and assistance to requesting Member States in the areas of corruption, organized crime, money-laundering, terrorism, kidnapping and trafficking in persons, including the support and protection of victims, their families, and witnesses, as well as drug trafficking and international cooperation, with special emphasis on extradition and mutual legal assistance;',
    );
    assert.equal(model.footnotes.find((f) => f.marker === '14')?.text, 'See Official Records of the Economic and Social Council, 2008, Supplement No. 10 (E/2008/30), chap. I, sect. D.');
  });
});
