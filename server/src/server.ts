// Entry point of the language server: `unres-language-server --stdio` (the default), `--node-ipc`
// or `--socket=PORT`. Editors other than VS Code (Neovim, Emacs, Helix) start it over stdio.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './connection';
import { version } from '../../package.json';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (process.argv.includes('--version')) {
  process.stdout.write(`unres-language-server ${version}\n`);
} else if (process.argv.includes('--help')) {
  process.stdout.write(
    'Usage: unres-language-server [--stdio | --node-ipc | --socket=PORT]\n' +
      'Language server for draft United Nations resolutions (.unres files). Speaks LSP over stdio by default.\n',
  );
} else {
  if (!process.argv.some((arg) => transports.some((transport) => arg.startsWith(transport)))) {
    process.argv.push('--stdio');
  }
  const connection = createConnection(ProposedFeatures.all);
  // A bug in one request must not take the drafter's editor support down with it.
  process.on('uncaughtException', (error) => connection.console.error(`unres: ${error.stack ?? error.message}`));
  startServer(connection);
}
