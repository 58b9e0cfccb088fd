#!/usr/bin/env bash
# The first Quick-start command: install everything, start Strapi on SQLite (seeded with the
# demo town on first start), pull a snapshot, build the site from it and serve it.
#   Website:   http://127.0.0.1:4321/
#   Dashboard: http://127.0.0.1:1337/admin   (demo login printed below)
# Stop with Ctrl+C: both servers end.
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
ensure_toolchain
cd "$ROOT"

CMS_PORT="${PORT:-1337}"
SITE_PORT="${SITE_PORT:-4321}"
export CMS_URL="${CMS_URL:-http://127.0.0.1:$CMS_PORT}"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$CMS_PORT" && die "Port $CMS_PORT ist belegt – läuft schon ein Strapi? (beenden oder PORT setzen)"
port_busy "$SITE_PORT" && die "Port $SITE_PORT ist belegt – läuft schon die Website? (beenden oder SITE_PORT setzen)"

node cms/scripts/ensure-env.mjs
bash scripts/lib/cms-build.sh

mkdir -p var/log
log "Starte Strapi (Protokoll: var/log/strapi.log) …"
(cd cms && exec ./node_modules/.bin/strapi start) >var/log/strapi.log 2>&1 &
strapi_pid=$!
cleanup() { kill "$strapi_pid" 2>/dev/null || true; wait "$strapi_pid" 2>/dev/null || true; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# Wait for Strapi (first start also creates the schema, the demo content and the demo login).
for _ in $(seq 1 240); do
  if ! kill -0 "$strapi_pid" 2>/dev/null; then
    tail -n 40 var/log/strapi.log >&2
    die "Strapi ist beim Start beendet worden (siehe oben und var/log/strapi.log)."
  fi
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.status<300?0:1),()=>process.exit(1))' "$CMS_URL/_health"; then
    break
  fi
  sleep 1
done
node -e 'fetch(process.argv[1]).then(r=>process.exit(r.status<300?0:1),()=>process.exit(1))' "$CMS_URL/_health" \
  || die "Strapi antwortet nicht unter $CMS_URL (siehe var/log/strapi.log)."

node shared/src/cli/snapshot.ts
pnpm --filter @stadtportal/site build >&2

login="$(node -e '
  const f = require("fs"), p = process.argv[1];
  if (!f.existsSync(p)) { console.log("  (Demo-Zugang: siehe cms/.tmp/demo-login.json beim ersten Start)"); process.exit(0); }
  const l = JSON.parse(f.readFileSync(p, "utf8"));
  console.log("  E-Mail:   " + l.email + "\n  Passwort: " + l.password);
' cms/.tmp/demo-login.json)"

cat >&2 <<BANNER

  Stadtportal läuft.
  Website:           http://127.0.0.1:$SITE_PORT/
  Redaktion (Strapi): $CMS_URL/admin
  Demo-Zugang der Redaktion (nur lokal, nicht eingecheckt):
$login

  Nach Änderungen im CMS: „pnpm snapshot && pnpm build“ in einem zweiten Terminal.
  Beenden mit Strg+C.

BANNER
node scripts/lib/static-server.mjs "$ROOT/site/dist" "$SITE_PORT" &
site_pid=$!
# `|| true`: under set -e a failing kill (server already gone) would abort the trap before
# Strapi is stopped, leaving it orphaned.
trap 'kill "$site_pid" 2>/dev/null || true; cleanup' EXIT
wait "$site_pid"
