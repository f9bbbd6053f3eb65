// The preview's request over the real protocol: the built server (dist/server.js --stdio) renders the
// open draft, follows its edits, escapes what the draft types, and answers null for a draft it does
// not have.

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
} from 'vscode-languageserver-protocol';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import { RenderHtmlRequest } from '../../server/src/protocol';

const SERVER = resolve(__dirname, '../../dist/server.js');
const URI = 'file:///drafts/committee-on-palestinian-rights.unres';

// A/RES/74/10, shortened, typed as a draft: no italics markers on the operative verb.
const DRAFT = [
  'A/74/L.14',
  '',
  '*The General Assembly*,',
  '',
  '*Recalling also* its resolution 58/292 of 6 May 2004,[1]',
  '',
  '1. Requests the Secretary-General to continue to provide the Committee with all the facilities necessary for the performance of its tasks.',
  '',
  '__________',
  '[1] A/58/PV.85.',
].join('\n');

let child: ChildProcess;
let connection: MessageConnection;

before(async () => {
  child = spawn(process.execPath, [SERVER, '--stdio']);
  connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.onNotification(() => undefined);
  connection.onRequest(() => null);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, {
    textDocument: { uri: URI, languageId: 'unres', version: 1, text: DRAFT },
  });
});

after(async () => {
  await connection.sendRequest('shutdown').catch(() => undefined);
  await connection.sendNotification('exit').catch(() => undefined);
  connection.dispose();
  if (child.exitCode === null) await new Promise((done) => child.once('exit', done));
});

describe('unres/renderHtml over the protocol', () => {
  it('renders the open draft as a standalone page with its title and version', async () => {
    const rendered = await connection.sendRequest(RenderHtmlRequest, { uri: URI });
    assert.ok(rendered);
    assert.equal(rendered.version, 1);
    assert.equal(rendered.title, 'A/74/L.14');
    assert.match(
      rendered.html,
      /^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    assert.ok(
      rendered.html.includes(
        '<p><em class="opening">Recalling also</em> its resolution 58/292 of 6 May 2004,<sup class="footnote-marker">1</sup></p>',
      ),
    );
    assert.ok(
      rendered.html.includes(
        '<p><span class="number">1.</span><em class="opening">Requests</em> the Secretary-General to continue',
      ),
    );
    assert.ok(
      rendered.html.includes('<p class="footnote"><span class="footnote-label"><sup>1</sup></span>A/58/PV.85.</p>'),
    );
  });

  it('follows the edits, and renders what the drafter types as text', async () => {
    const at = DRAFT.indexOf('its resolution 58/292');
    const line = DRAFT.slice(0, at).split('\n').length - 1;
    const character = at - DRAFT.lastIndexOf('\n', at) - 1;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [
        { range: { start: { line, character }, end: { line, character } }, text: '<script>alert(1)</script> ' },
      ],
    });
    const rendered = await connection.sendRequest(RenderHtmlRequest, { uri: URI });
    assert.equal(rendered?.version, 2);
    assert.ok(
      rendered?.html.includes(
        '<em class="opening">Recalling also</em> &lt;script&gt;alert(1)&lt;/script&gt; its resolution 58/292',
      ),
    );
    assert.ok(!rendered?.html.includes('<script'));
  });

  it('answers null for a draft the server does not have open', async () => {
    assert.equal(await connection.sendRequest(RenderHtmlRequest, { uri: 'file:///drafts/closed.unres' }), null);
  });
});
