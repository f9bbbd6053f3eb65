// The corpus facts the drafting rules ask for on every citation: cheap answers (no paragraphs built),
// the same for every way of writing a symbol.

import assert from 'node:assert/strict';
import test from 'node:test';
import { seedCorpus } from '../rulesHelpers';

test('the facts of a cited resolution give its symbol, session, date and title, without its paragraphs', () => {
  const facts = seedCorpus().resolutionFacts('66/181');
  assert.equal(facts?.symbol, 'A/RES/66/181');
  assert.equal(facts?.session, 66);
  assert.equal(facts?.date, '2011-12-19');
  assert.match(facts?.title ?? '', /^Strengthening the United Nations crime prevention and criminal justice programme/);
  assert.equal('paragraphs' in (facts ?? {}), false);
});

test('every way of writing a held symbol finds the same resolution; a symbol not held finds none', () => {
  const corpus = seedCorpus();
  const held = corpus.resolutionFacts('A/RES/66/181');
  assert.equal(corpus.resolutionFacts('66/181'), held);
  assert.equal(corpus.resolutionFacts('a/res/66/181'), held);
  assert.equal(corpus.resolutionFacts('66/181 A'), held, 'part A answers to the bare symbol');
  assert.equal(corpus.resolutionFacts('66/181 B'), undefined);
  assert.equal(corpus.resolutionFacts('66/182'), undefined);
  assert.equal(corpus.resolutionFacts('A/RES/66/181'), held, 'asked again');
});

test('the sessions held are those of the seeds, the same set on every call', () => {
  const corpus = seedCorpus();
  assert.deepEqual([...corpus.sessions()].sort(), [55, 60, 62, 64, 66]);
  assert.equal(corpus.sessions(), corpus.sessions());
});
