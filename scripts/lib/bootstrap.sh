# shellcheck shell=bash
# Shared bootstrap for scripts/start and scripts/test (sourced, not executed).
# Needs only Node.js >= 20 and npm: brings pnpm (pinned by package.json "packageManager") into .tools/
# without a global install, then installs the workspace dependencies when they are missing or stale.
# After sourcing: SOLIMOB_ROOT is the repository root and pnpm is on PATH.

SOLIMOB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SOLIMOB_ROOT

if [ -t 1 ] && [ -z "${NO_COLOR:-}" ]; then
  solimob_say() { printf '\033[1m==>\033[0m %s\n' "$*"; }
else
  solimob_say() { printf '==> %s\n' "$*"; }
fi
solimob_die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

solimob_check_node() {
  if ! command -v node >/dev/null 2>&1; then
    solimob_die "Node.js is not installed. Install Node.js 20 or newer (https://nodejs.org/en/download, or on Debian: apt-get install nodejs npm) and run this again."
  fi
  local version major
  version="$(node -p 'process.versions.node')"
  major="${version%%.*}"
  if [ "$major" -lt 20 ]; then
    solimob_die "Node.js $version is too old: Solimob needs Node.js 20 or newer (found $(command -v node))."
  fi
  if ! command -v npm >/dev/null 2>&1; then
    solimob_die "npm is missing (it normally ships with Node.js): install it (Debian: apt-get install npm) and run this again."
  fi
}

solimob_ensure_pnpm() {
  local wanted current
  # "packageManager": "pnpm@x.y.z" is the single source of truth for the version. One node start reads
  # both versions (running `pnpm --version` costs a second on a busy machine).
  read -r wanted current < <(node -e '
    const root = process.argv[1];
    const wanted = (require(root + "/package.json").packageManager || "").replace(/^pnpm@/, "").split("+")[0];
    let current = "none";
    try { current = require(root + "/.tools/node_modules/pnpm/package.json").version; } catch {}
    console.log(wanted || "missing", current);
  ' "$SOLIMOB_ROOT")
  [ "$wanted" != "missing" ] || solimob_die "package.json has no \"packageManager\": \"pnpm@<version>\" field."
  if [ "$current" != "$wanted" ] || [ ! -x "$SOLIMOB_ROOT/.tools/node_modules/.bin/pnpm" ]; then
    solimob_say "Installing pnpm $wanted into .tools/ (no global install)…"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$SOLIMOB_ROOT/.tools" "pnpm@$wanted" >/dev/null ||
      solimob_die "could not install pnpm $wanted with npm (is the npm registry reachable?)."
  fi
  export PATH="$SOLIMOB_ROOT/.tools/node_modules/.bin:$PATH"
  # Corepack (if enabled) would otherwise try to download pnpm again because of "packageManager".
  export COREPACK_ENABLE_STRICT=0
}

solimob_deps_stale() {
  local lock="$SOLIMOB_ROOT/pnpm-lock.yaml" installed="$SOLIMOB_ROOT/node_modules/.pnpm/lock.yaml"
  [ -f "$SOLIMOB_ROOT/node_modules/.modules.yaml" ] || return 0
  [ -f "$installed" ] || return 0
  # pnpm keeps a copy of the lockfile it installed from: any difference means the tree is stale.
  cmp -s "$lock" "$installed" || return 0
  [ "$lock" -nt "$SOLIMOB_ROOT/node_modules/.modules.yaml" ] && return 0
  return 1
}

solimob_ensure_deps() {
  if solimob_deps_stale; then
    solimob_say "Installing dependencies (pnpm install --frozen-lockfile)…"
    local started=$SECONDS
    (cd "$SOLIMOB_ROOT" && pnpm install --frozen-lockfile --reporter=append-only) ||
      solimob_die "pnpm install failed (see above). If pnpm-lock.yaml is out of date, run: pnpm install"
    solimob_say "Dependencies installed in $((SECONDS - started))s."
  fi
  export PATH="$SOLIMOB_ROOT/node_modules/.bin:$PATH"
}

solimob_bootstrap() {
  solimob_check_node
  solimob_ensure_pnpm
  solimob_ensure_deps
}
