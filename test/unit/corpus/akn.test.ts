import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readAkn } from '../../../server/src/service/corpus/akn';

// A/RES/66/181 (built-in corpus) marked up the way the UN Secretariat marks resolutions in AKN4UN.
const xml = `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork><FRBRdate date="2011-12-19" name="adoption"></FRBRdate></FRBRWork>
      </identification>
    </meta>
    <coverPage>
      <p class="upperRight"><docNumber refersTo="#symbol">A/RES/66/181</docNumber></p>
      <p><session refersTo="#generalAssembly" value="66">Sixty-sixth session</session></p>
    </coverPage>
    <preface>
      <p><docNumber>66/181.</docNumber>
        <docTitle refersTo="#resolutionTitle">Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity</docTitle></p>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The General Assembly</span>,</p></formula>
      <container name="Reaffirming" eId="container_2">
        <p xml:space="preserve"><span class="italic">Reaffirming</span> its resolutions <a href="https://undocs.org/en/A/RES/46/152">46/152</a> of 18 December 1991,</p>
      </container>
      <container name="Reaffirming also" eId="container_3">
        <p xml:space="preserve"><span class="italic">Reaffirming also</span> its resolutions relating to the United Nations Convention against Corruption<authorialNote marker="1" placement="bottom" eId="authorialNote_1"><p>United Nations, <span class="italic">Treaty Series</span>, vol. 2349, No. 42146.</p></authorialNote> and all the international conventions,</p>
      </container>
    </preamble>
    <mainBody>
      <paragraph eId="para_4" class="SingleTxt">
        <num>	1.</num>
        <content><p xml:space="preserve"><span class="italic">Takes note with appreciation</span> of the report of the Secretary-General prepared pursuant to resolution <a href="https://undocs.org/en/A/RES/65/232">65/232</a>;</p></content>
      </paragraph>
      <paragraph eId="para_5" class="SingleTxt">
        <num>2.</num>
        <list eId="para_5_list">
          <intro><p><span class="italic">Requests</span> the Secretary-General:</p></intro>
          <point><num>(a)</num><content><p>To report;</p></content></point>
          <point><num>(b)</num>
            <list><intro><p>To include:</p></intro>
              <point><num>(i)</num><content><p>Information on ratifications;</p></content></point>
            </list>
          </point>
        </list>
      </paragraph>
    </mainBody>
    <conclusions><p><inline name="adoptionMeeting">89th plenary meeting</inline></p></conclusions>
    <attachments><attachment><doc name="annex"><mainBody>
      <paragraph><num>1.</num><content><p>An annexed paragraph that is not operative text.</p></content></paragraph>
    </mainBody></doc></attachment></attachments>
  </statement>
</akomaNtoso>`;

describe('the AKN4UN reader', () => {
  const result = readAkn(xml);

  it('reads symbol, title, adoption date and session', () => {
    assert.ok(result.ok);
    const { symbol, title, date, session, parts } = result.resolution;
    assert.deepEqual([symbol, date, session, parts], ['A/RES/66/181', '2011-12-19', 66, 1]);
    assert.equal(title, 'Strengthening the United Nations crime prevention and criminal justice programme, in particular its technical cooperation capacity');
  });

  it('reads preambular paragraphs with their first italic span, without footnote texts', () => {
    assert.ok(result.ok);
    assert.deepEqual(result.resolution.preambular, [
      { opening: 'Reaffirming', openingAtStart: true, text: 'Reaffirming its resolutions 46/152 of 18 December 1991,', subparagraphs: [] },
      {
        opening: 'Reaffirming also',
        openingAtStart: true,
        text: 'Reaffirming also its resolutions relating to the United Nations Convention against Corruption and all the international conventions,',
        subparagraphs: [],
      },
    ]);
  });

  it('reads operative paragraphs with number, verb and nested sub-paragraphs, and leaves annexes out', () => {
    assert.ok(result.ok);
    assert.deepEqual(result.resolution.operative, [
      {
        number: 1,
        verb: 'Takes note with appreciation',
        verbAtStart: true,
        text: 'Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 65/232;',
        subparagraphs: [],
        heading: false,
      },
      {
        number: 2,
        verb: 'Requests',
        verbAtStart: true,
        text: 'Requests the Secretary-General:',
        subparagraphs: [
          { label: 'a', text: 'To report;', children: [] },
          { label: 'b', text: 'To include:', children: [{ label: 'i', text: 'Information on ratifications;', children: [] }] },
        ],
        heading: false,
      },
    ]);
    assert.equal(result.resolution.regular, true);
  });

  it('reads footnotes and links to General Assembly resolutions', () => {
    assert.ok(result.ok);
    assert.deepEqual(result.resolution.footnotes, [{ marker: '1', text: 'United Nations, Treaty Series, vol. 2349, No. 42146.' }]);
    assert.deepEqual(result.resolution.citations, [
      { symbol: 'A/RES/46/152', written: '46/152', inFootnote: false },
      { symbol: 'A/RES/65/232', written: '65/232', inFootnote: false },
    ]);
  });

  it('calls a text with an unnumbered operative paragraph irregular', () => {
    const irregular = readAkn(xml.replace('<num>2.</num>', ''));
    assert.ok(irregular.ok);
    assert.equal(irregular.resolution.regular, false);
    assert.equal(irregular.resolution.operative[1]?.number, undefined);
  });

  it('returns an error value for broken XML and for files that are not AKN4UN', () => {
    const broken = readAkn(xml.replace('</preamble>', ''));
    assert.equal(broken.ok, false);
    assert.match(broken.ok ? '' : broken.error, /^Broken XML: /);
    assert.deepEqual(readAkn('<html><body>Not a resolution</body></html>'), {
      ok: false,
      error: 'Not an AKN4UN document: no <akomaNtoso> element at the start of the file.',
    });
    assert.equal(readAkn('').ok, false);
  });
});
