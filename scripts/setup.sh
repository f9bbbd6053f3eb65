#!/bin/sh
# Installs everything the product and its tests need on a fresh Debian machine:
# Debian packages (only those missing), then the npm packages of the lockfile.
# Safe to run again: each step is skipped when it is already done.
set -eu
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES="chromium neovim ripgrep build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev"

missing=""
for pkg in $DEBIAN_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  echo "setup: installing Debian packages:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi

# code-server depends on @vscode/ripgrep, whose install script downloads rg from GitHub.
# This machine reaches no GitHub, so we put Debian's rg where that script looks first: its cache
# folder in os.tmpdir(), under the asset name for this architecture (version 1.15.11 and asset
# v13.0.0-10 come from code-server 4.100.3's shrinkwrap and the package's postinstall script).
case "$(uname -m)" in
  x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
  aarch64) RG_TARGET="aarch64-unknown-linux-musl" ;;
  *) RG_TARGET="" ;;
esac
if [ -n "$RG_TARGET" ]; then
  RG_CACHE="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
  RG_ASSET="$RG_CACHE/ripgrep-v13.0.0-10-$RG_TARGET.tar.gz"
  if [ ! -f "$RG_ASSET" ]; then
    mkdir -p "$RG_CACHE/stage"
    cp "$(command -v rg)" "$RG_CACHE/stage/rg"
    tar -czf "$RG_ASSET" -C "$RG_CACHE/stage" rg
    rm -rf "$RG_CACHE/stage"
  fi
fi

# npm ci only when the lockfile changed since the last install.
STAMP="node_modules/.unres-lock-stamp"
LOCK_SUM="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$LOCK_SUM" ]; then
  echo "setup: installing npm packages (code-server compiles native modules: about a minute)"
  # code-server's install script needs both as root and without a terminal.
  npm_config_unsafe_perm=true npm_config_yes=true npm ci --no-audit --no-fund
  echo "$LOCK_SUM" > "$STAMP"
fi
