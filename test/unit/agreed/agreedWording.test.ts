// "Use the agreed wording" in the core: the edits on drafts of the crime prevention series against
// the built-in corpus, footnotes taken from the seed file of 66/181.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useAgreedWording } from '../../../server/src/service/agreed/agreedWording';
import { paragraphPrecedent } from '../../../server/src/service/agreed/precedents';
import type { Corpus } from '../../../server/src/service/corpus/corpus';
import { loadCorpus } from '../../../server/src/service/corpus/load';
import { defaultReaders } from '../../../server/src/service/corpus/readers';
import { parseResolution } from '../../../server/src/service/parse';
import { applyEdits } from '../../../server/src/service/text/edits';

const SOURCE = parseResolution(readFileSync(resolve(__dirname, '../../../corpus/A_RES_66_181.txt'), 'utf8'));

let corpus: Corpus;
const cache = mkdtempSync(join(tmpdir(), 'unres-agreed-wording-'));
before(async () => {
  ({ corpus } = await loadCorpus({ builtinDir: resolve(__dirname, '../../../corpus'), paths: [], cacheDir: cache, readers: defaultReaders, producer: 'test' }));
});
after(() => rmSync(cache, { recursive: true, force: true }));

/** The draft after the fix on its paragraph that starts with `start`. */
function fixed(text: string, start: string, source = SOURCE): { title: string; text: string } {
  const document = parseResolution(text);
  const paragraph = document.paragraphs.find((candidate) => text.slice(candidate.bodySpan.start).startsWith(start))!;
  const match = paragraphPrecedent(corpus, paragraph);
  assert.equal(match.status, 'adapted');
  const fix = useAgreedWording(document, paragraph, match.closest!, source);
  return { title: fix.title, text: applyEdits(text, fix.edits) };
}

/** 66/181, third preambular paragraph, without its footnotes and a comma. */
const NEAR = '*Reaffirming further* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy adopted on 8 September 2006 and its successive reviews of 4 and 5 September 2008 and of 8 September 2010,';
const HEAD = 'Strengthening the United Nations crime prevention and criminal justice programme\n\n*The General Assembly*,\n\n';

describe('using the agreed wording', () => {
  it('opens a footnote block for the precedent\'s note when the draft has none', () => {
    const text = `${HEAD}${NEAR}\n\n1. *Requests* the Secretary-General to report.\n`;
    const result = fixed(text, '*Reaffirming further*');
    assert.equal(
      result.text,
      `${HEAD}*Reaffirming further* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy adopted on 8 September 2006,[1] and its successive reviews of 4 and 5 September 2008[2] and of 8 September 2010,[3]\n\n1. *Requests* the Secretary-General to report.\n\n__________\n[1] Resolution 60/288.\n[2] See resolution 62/272; see also *Official Records of the General Assembly, Sixty-second Session, Plenary Meetings*, 117th to 120th meetings (A/62/PV.117–120), and corrigendum.\n[3] See resolution 64/297; see also *Official Records of the General Assembly, Sixty-fourth Session, Plenary Meetings*, 116th and 117th meetings (A/64/PV.116 and 117), and corrigendum.\n`,
    );
  });

  it('drops the draft\'s note that only the replaced paragraph referred to, and renumbers the rest', () => {
    const text = `${HEAD}${NEAR.replace('Strategy adopted', 'Strategy[1] adopted')}\n\n1. *Requests* the Secretary-General to report on the Congress.[2]\n\n__________\n[1] See A/60/825.\n[2] A/66/303.\n`;
    const result = fixed(text, '*Reaffirming further*');
    assert.ok(!result.text.includes('See A/60/825.'), result.text);
    assert.ok(result.text.endsWith('__________\n[1] Resolution 60/288.\n[2] See resolution 62/272; see also *Official Records of the General Assembly, Sixty-second Session, Plenary Meetings*, 117th to 120th meetings (A/62/PV.117–120), and corrigendum.\n[3] See resolution 64/297; see also *Official Records of the General Assembly, Sixty-fourth Session, Plenary Meetings*, 116th and 117th meetings (A/64/PV.116 and 117), and corrigendum.\n[4] A/66/303.\n'), result.text);
    assert.ok(result.text.includes('to report on the Congress.[4]'));
  });

  it('keeps the full stop of the last operative paragraph and the draft\'s paragraph number', () => {
    const text = `${HEAD}7. *Calls upon* Member States to strengthen their efforts to cooperate at the bilateral and regional levels.\n`;
    const result = fixed(text, '*Calls upon*');
    assert.equal(result.title, 'Use the agreed wording of A/RES/66/181, op. 10');
    assert.equal(
      result.text,
      `${HEAD}7. *Calls upon* Member States to strengthen their efforts to cooperate, as appropriate, at the bilateral, subregional, regional and international levels to counter transnational organized crime effectively.\n`,
    );
  });

  it('takes the wording without footnotes when the precedent\'s file cannot be read', () => {
    const text = `${HEAD}${NEAR}\n`;
    const document = parseResolution(text);
    const paragraph = document.preambular[0]!;
    const fix = useAgreedWording(document, paragraph, paragraphPrecedent(corpus, paragraph).closest!);
    assert.equal(
      applyEdits(text, fix.edits),
      `${HEAD}*Reaffirming further* the commitments undertaken by Member States in the United Nations Global Counter-Terrorism Strategy adopted on 8 September 2006, and its successive reviews of 4 and 5 September 2008 and of 8 September 2010,\n`,
    );
  });
});
