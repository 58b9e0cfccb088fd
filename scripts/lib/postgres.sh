# shellcheck shell=bash
# PostgreSQL for the cms integration tests. In order of preference:
#   1. TEST_DATABASE_URL, if set (a server where we may CREATE/DROP DATABASE);
#   2. a server already listening on 127.0.0.1:5432 with user postgres (CI and these machines);
#   3. a throwaway cluster: PostgreSQL from apt if missing, `initdb` into var/pg on a free port,
#      stopped and deleted when the test command ends.
# Exports TEST_DATABASE_URL (the maintenance database URL) and says which one it uses.

pg_can_connect() {
  node -e '
    const { Client } = require(process.argv[2]);
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query("select 1")).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$1" "$ROOT/cms/node_modules/pg"
}

ensure_test_postgres() {
  if [ -n "${TEST_DATABASE_URL:-}" ]; then
    pg_can_connect "$TEST_DATABASE_URL" || die "TEST_DATABASE_URL ist gesetzt, aber nicht erreichbar."
    log "PostgreSQL für Tests: TEST_DATABASE_URL"
    return
  fi
  local local_url="postgres://postgres@127.0.0.1:5432/postgres"
  if pg_can_connect "$local_url"; then
    export TEST_DATABASE_URL="$local_url"
    log "PostgreSQL für Tests: laufender Server auf 127.0.0.1:5432"
    return
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$bin" ]; then
    command -v apt-get >/dev/null 2>&1 || die "Kein PostgreSQL gefunden: TEST_DATABASE_URL setzen oder PostgreSQL installieren."
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "Installiere PostgreSQL aus den Debian-Paketen …"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
  local port dir
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  dir="$(mktemp -d "$ROOT/var/pg.XXXXXX" 2>/dev/null || (mkdir -p "$ROOT/var" && mktemp -d "$ROOT/var/pg.XXXXXX"))"
  # initdb refuses to run as root: use the postgres system user the package created.
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
  log "PostgreSQL für Tests: Wegwerf-Cluster in $dir auf Port $port"
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
  PG_THROWAWAY_STOP="${as[*]} $bin/pg_ctl -D $dir/data -m fast stop; rm -rf $dir"
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
}

stop_test_postgres() {
  if [ -n "${PG_THROWAWAY_STOP:-}" ]; then
    eval "$PG_THROWAWAY_STOP" >/dev/null 2>&1 || true
  fi
}
