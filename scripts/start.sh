#!/usr/bin/env bash
# The first Quick-start command: install everything, start Strapi on SQLite (seeded with the
# demo town on first start), then publish the site the way production does (docs/adr/0006):
# the build runner pulls a snapshot, builds a release, runs the gates (links, CSP, HTML
# validity, accessibility) and switches it live; our own nginx serves the live release with
# the generated configuration (redirect maps, 404/410, security headers, caching).
#   Website:      http://127.0.0.1:4321/   (nginx, docroot var/publish/current/site)
#   Build-Status: http://127.0.0.1:4322/   (build runner; Strapi's webhooks go to /webhook)
#   Dashboard:    http://127.0.0.1:1337/admin   (demo login printed below)
#   Vorschau:     http://127.0.0.1:4323/   (draft preview server, opened from the dashboard; docs/adr/0014)
# Stop with Ctrl+C: Strapi, runner, nginx and the preview server end. (`pnpm serve` still serves site/dist without
# nginx for a quick look after `pnpm build`.)
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
ensure_toolchain
ensure_nginx
ensure_java
ensure_ffmpeg   # the seed makes the demo video (cms/src/seed/video.ts)
cd "$ROOT"

CMS_PORT="${PORT:-1337}"
SITE_PORT="${SITE_PORT:-4321}"
RUNNER_PORT="${RUNNER_PORT:-4322}"
PREVIEW_PORT="${PREVIEW_PORT:-4323}"
export SITE_PORT RUNNER_PORT PREVIEW_PORT
# Strapi's preview handler links to the preview server (cms/config/admin.ts).
export PREVIEW_URL="${PREVIEW_URL:-http://127.0.0.1:$PREVIEW_PORT}"
export CMS_URL="${CMS_URL:-http://127.0.0.1:$CMS_PORT}"
export SITE_URL="${SITE_URL:-http://127.0.0.1:$SITE_PORT}"
export PUBLISH_DIR="${PUBLISH_DIR:-$ROOT/var/publish}"
# Strapi's bootstrap registers exactly one webhook to the runner (cms/src/bootstrap/webhook.ts).
export BUILD_WEBHOOK_URL="${BUILD_WEBHOOK_URL:-http://127.0.0.1:$RUNNER_PORT/webhook}"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$CMS_PORT" && die "Port $CMS_PORT ist belegt – läuft schon ein Strapi? (beenden oder PORT setzen)"
port_busy "$SITE_PORT" && die "Port $SITE_PORT ist belegt – läuft schon die Website? (beenden oder SITE_PORT setzen)"
port_busy "$RUNNER_PORT" && die "Port $RUNNER_PORT ist belegt – läuft schon ein Build-Runner? (beenden oder RUNNER_PORT setzen)"
port_busy "$PREVIEW_PORT" && die "Port $PREVIEW_PORT ist belegt – läuft schon eine Vorschau? (beenden oder PREVIEW_PORT setzen)"

node cms/scripts/ensure-env.mjs
bash scripts/lib/cms-build.sh

# The webhook secret shared by Strapi (Authorization header) and the runner: generated once
# into var/webhook-secret (git-ignored, owner-only) unless WEBHOOK_SECRET is set.
mkdir -p var/log
if [ -z "${WEBHOOK_SECRET:-}" ]; then
  if [ ! -s var/webhook-secret ]; then
    (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' > var/webhook-secret)
    log "Webhook-Geheimnis erzeugt: var/webhook-secret (nicht einchecken)."
  fi
  WEBHOOK_SECRET="$(cat var/webhook-secret)"
fi
export WEBHOOK_SECRET
# The same for the draft preview: Strapi signs preview links with it, the preview server checks them.
if [ -z "${PREVIEW_SECRET:-}" ]; then
  if [ ! -s var/preview-secret ]; then
    (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))' > var/preview-secret)
    log "Vorschau-Geheimnis erzeugt: var/preview-secret (nicht einchecken)."
  fi
  PREVIEW_SECRET="$(cat var/preview-secret)"
fi
export PREVIEW_SECRET
# Strapi's bootstrap renews the preview server's read-only API token into this file on every start.
export PREVIEW_TOKEN_FILE="${PREVIEW_TOKEN_FILE:-$ROOT/var/preview-token}"
log "Baue den Vorschau-Server (Protokoll: var/log/preview-build.log) …"
pnpm --filter @stadtportal/site draft-preview:build >var/log/preview-build.log 2>&1 \
  || { tail -n 20 var/log/preview-build.log >&2; die "Der Vorschau-Server ließ sich nicht bauen (siehe var/log/preview-build.log)."; }

strapi_pid="" runner_pid="" nginx_pid="" preview_pid=""
stop_all() {
  # Reverse start order; TERM lets the runner abort a build (and kill its process group) and
  # the nginx wrapper stop nginx gracefully. `|| true`: under set -e a failing kill (process
  # already gone) would abort the trap before the others are stopped, leaving them orphaned.
  local pid
  for pid in "$preview_pid" "$nginx_pid" "$runner_pid" "$strapi_pid"; do
    [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "$preview_pid" "$nginx_pid" "$runner_pid" "$strapi_pid"; do
    [ -n "$pid" ] && wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

log "Starte Strapi (Protokoll: var/log/strapi.log) …"
(cd cms && exec ./node_modules/.bin/strapi start) >var/log/strapi.log 2>&1 &
strapi_pid=$!

ok_url() { node -e 'fetch(process.argv[1]).then(r=>process.exit(r.status<300?0:1),()=>process.exit(1))' "$1"; }

# Wait for Strapi (first start also creates the schema, the demo content and the demo login).
for _ in $(seq 1 240); do
  if ! kill -0 "$strapi_pid" 2>/dev/null; then
    tail -n 40 var/log/strapi.log >&2
    die "Strapi ist beim Start beendet worden (siehe oben und var/log/strapi.log)."
  fi
  ok_url "$CMS_URL/_health" && break
  sleep 1
done
ok_url "$CMS_URL/_health" || die "Strapi antwortet nicht unter $CMS_URL (siehe var/log/strapi.log)."

log "Starte nginx auf 127.0.0.1:$SITE_PORT (Protokoll: var/log/nginx.log) …"
# Citizens' ratings and barrier reports (POST /rueckmeldung) go to this Strapi.
export FEEDBACK_UPSTREAMS="${FEEDBACK_UPSTREAMS:-127.0.0.1:$CMS_PORT}"
node scripts/publish/cli.ts nginx >var/log/nginx.log 2>&1 &
nginx_pid=$!
log "Starte den Build-Runner auf 127.0.0.1:$RUNNER_PORT (Protokoll: var/log/runner.log) …"
started="$(date -u +%Y-%m-%dT%H:%M:%S.000Z)"
BUILD_ON_START=1 node scripts/publish/cli.ts runner >var/log/runner.log 2>&1 &
runner_pid=$!
# The draft preview renders with the live release's snapshot (re-read when a new one goes live)
# and reads drafts with the token Strapi wrote at its start (an operator's own PREVIEW_CMS_TOKEN wins).
if [ -z "${PREVIEW_CMS_TOKEN:-}" ] && [ -s "$PREVIEW_TOKEN_FILE" ]; then
  PREVIEW_CMS_TOKEN="$(cat "$PREVIEW_TOKEN_FILE")"
fi
export PREVIEW_CMS_TOKEN="${PREVIEW_CMS_TOKEN:-}"
log "Starte den Vorschau-Server auf 127.0.0.1:$PREVIEW_PORT (Protokoll: var/log/preview.log) …"
SNAPSHOT_DIR="$PUBLISH_DIR/current/content" node site/preview/serve.mjs >var/log/preview.log 2>&1 &
preview_pid=$!

for _ in $(seq 1 60); do
  kill -0 "$nginx_pid" 2>/dev/null || { cat var/log/nginx.log >&2; die "nginx ist beim Start beendet worden (siehe var/log/nginx.log)."; }
  kill -0 "$runner_pid" 2>/dev/null || { cat var/log/runner.log >&2; die "Der Build-Runner ist beim Start beendet worden (siehe var/log/runner.log)."; }
  kill -0 "$preview_pid" 2>/dev/null || { cat var/log/preview.log >&2; die "Der Vorschau-Server ist beim Start beendet worden (siehe var/log/preview.log)."; }
  port_busy "$SITE_PORT" && port_busy "$RUNNER_PORT" && port_busy "$PREVIEW_PORT" && break
  sleep 0.5
done

# The first build: pull → build → gates → switch (several minutes: the accessibility gate
# opens every page). Progress from the runner's status; nginx already serves the previous
# live release, if there is one.
log "Erster Build läuft (Fortschritt: http://127.0.0.1:$RUNNER_PORT/ und var/log/runner.log) …"
last_step=""
while :; do
  kill -0 "$runner_pid" 2>/dev/null || { tail -n 40 var/log/runner.log >&2; die "Der Build-Runner ist beendet worden (siehe var/log/runner.log)."; }
  kill -0 "$strapi_pid" 2>/dev/null || die "Strapi ist beendet worden (siehe var/log/strapi.log)."
  state="$(node -e '
    const [url, since] = process.argv.slice(1);
    fetch(url).then((r) => r.json()).then((s) => {
      if (s.running) return console.log("step " + s.running.step);
      if (s.lastSuccess && s.lastSuccess.finishedAt >= since) return console.log("live " + s.lastSuccess.id);
      if (s.lastFailure && s.lastFailure.at >= since) return console.log("failed " + s.lastFailure.step + ": " + s.lastFailure.reason.split("\n")[0]);
      console.log("waiting");
    }, () => console.log("waiting"));
  ' "http://127.0.0.1:$RUNNER_PORT/status" "$started")"
  case "$state" in
    "step "*) [ "$state" != "$last_step" ] && log "  Build: ${state#step } …"; last_step="$state" ;;
    "live "*) log "Release ${state#live } ist live."; break ;;
    "failed "*)
      printf '\033[1;31m[stadtportal]\033[0m Der erste Build ist fehlgeschlagen (%s).\n  Die Website zeigt das bisherige Release, falls es eines gibt. Details: http://127.0.0.1:%s/\n' "${state#failed }" "$RUNNER_PORT" >&2
      break ;;
  esac
  sleep 2
done

# DEMO_LOGIN_FILE is relative to cms/, as Strapi's bootstrap reads it.
login="$(cd cms && node -e '
  const f = require("fs"), p = process.argv[1];
  if (!f.existsSync(p)) { console.log("  (Demo-Zugang: siehe cms/.tmp/demo-login.json beim ersten Start)"); process.exit(0); }
  const l = JSON.parse(f.readFileSync(p, "utf8"));
  console.log("  E-Mail:   " + l.email + "\n  Passwort: " + l.password);
' "${DEMO_LOGIN_FILE:-.tmp/demo-login.json}")"

cat >&2 <<BANNER

  Stadtportal läuft.
  Website (nginx):     http://127.0.0.1:$SITE_PORT/
  Redaktion (Strapi):  $CMS_URL/admin
  Veröffentlichung:    http://127.0.0.1:$RUNNER_PORT/   (Build-Status; Strapi meldet Änderungen per Webhook)
  Entwurfsvorschau:    $PREVIEW_URL/   (in Strapi: Seite oder Meldung öffnen → „Vorschau öffnen“)
  Demo-Zugang der Redaktion (nur lokal, nicht eingecheckt):
$login

  Veröffentlichte Änderungen gehen automatisch live, sobald der Build alle Prüfungen bestanden hat.
  Zurückrollen ohne neuen Build: „pnpm rollback“ in einem zweiten Terminal.
  Beenden mit Strg+C.

BANNER
# Until one of the four ends (or Ctrl+C): then the EXIT trap stops the others.
set +e
wait -n "$strapi_pid" "$runner_pid" "$nginx_pid" "$preview_pid"
code=$?
set -e
kill -0 "$strapi_pid" 2>/dev/null || log "Strapi wurde beendet (var/log/strapi.log)."
kill -0 "$runner_pid" 2>/dev/null || log "Der Build-Runner wurde beendet (var/log/runner.log)."
kill -0 "$nginx_pid" 2>/dev/null || log "nginx wurde beendet (var/log/nginx.log)."
kill -0 "$preview_pid" 2>/dev/null || log "Der Vorschau-Server wurde beendet (var/log/preview.log)."
exit "$code"
