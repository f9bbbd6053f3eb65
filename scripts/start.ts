// `npm start` (after setup and packaging, see start.sh): code-server with the packaged extension,
// the examples folder and the sample draft open, on 127.0.0.1 only. Ctrl+C stops everything.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, portIsFree, projectRoot, startCodeServer, vsixPath, type CodeServer } from './code-server';

const preferredPort = Number(process.env.PORT ?? 8080);
const examples = join(projectRoot, 'examples');
const draft = join(examples, 'draft-resolution.unres');
// Fresh user data and extensions at each start, so that what runs is exactly what was packaged.
const home = join(projectRoot, '.unres-run');

let editor: CodeServer | undefined;
let stopping = false;

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
  stopWhenOrphaned();
  rmSync(home, { recursive: true, force: true });
  const port = (await portIsFree(preferredPort)) ? preferredPort : await freePort();
  editor = await startCodeServer({ home, vsix: vsixPath, port });
  editor.onExit(reportUnexpectedExit);
  console.log('\nUN Resolution Drafting is running in code-server, with the sample draft open:\n');
  console.log(`    ${editor.url(examples, draft)}\n`);
  console.log(`Open that address in a browser on this machine. Log: ${editor.logFile}`);
  console.log('Press Ctrl+C to stop.');
}

// `kill <npm's pid>` ends npm without passing the signal on: stop when the parent goes.
function stopWhenOrphaned(): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('the parent process exited');
  }, 500).unref();
}

function stop(reason: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping code-server ...`);
  // Still starting: exiting runs the hook that kills code-server's process group.
  if (!editor) process.exit(130);
  editor.stop().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}

function reportUnexpectedExit(code: number | null): void {
  if (stopping) return;
  console.error(`code-server stopped by itself (exit code ${code}); see ${editor?.logFile}`);
  process.exit(1);
}

main().catch((error: Error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
