#!/bin/sh
# npm start: installs what is missing, builds and packages the extension, then runs it in code-server
# with the sample draft open. Works on a fresh clone by itself.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
npm run --silent package
exec node --import tsx scripts/start.ts
