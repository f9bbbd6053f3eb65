// The `unres` command line: the same core as the language server, for scripts and continuous
// integration. One file per subcommand under commands/.

import { Command } from 'commander';
import { version } from '../../package.json';
import { registerLint } from './commands/lint';
import { register as registerParse } from './commands/parse';
import { registerPrecedents } from './commands/precedents';

const program = new Command('unres')
  .description('Check and explore draft United Nations General Assembly resolutions.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError();

registerParse(program);
registerPrecedents(program);
registerLint(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`unres: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
