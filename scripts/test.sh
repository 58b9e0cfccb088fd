#!/usr/bin/env bash
# The second Quick-start command, and what CI runs: install everything, then run ALL tests —
# type checks, unit tests (shared, site, the release gates in scripts/), integration tests
# against real Strapi on SQLite and PostgreSQL (seed → snapshot → site build → links), and the
# accessibility gate (pa11y-ci, WCAG 2 AA) over every sitemap URL. Exits non-zero if anything
# fails.
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
source "$ROOT/scripts/lib/postgres.sh"
ensure_toolchain
ensure_nginx   # the publishing tests (e2e/nginx.test.ts) start a real nginx
ensure_java    # the Nu HTML Checker (vnu-jar) runs on Java
ensure_rsync   # site hosts (e2e/site-hosts.test.ts, e2e/topology.test.ts)
ensure_ffmpeg  # the seed's demo video, and the video page test (e2e/video.browser.test.ts)
cd "$ROOT"

results="$ROOT/var/test-results"
rm -rf "$results"
mkdir -p "$results"
ensure_test_postgres
trap stop_test_postgres EXIT

log "Typprüfung …"
bash scripts/run.sh typecheck

log "Lint und Formatierung …"
bash scripts/run.sh lint

log "Strapi bauen (für die Integrationstests) …"
node cms/scripts/ensure-env.mjs
bash scripts/lib/cms-build.sh

status=0
run_vitest() { # <package> <name>
  log "Tests: $2 …"
  (cd "$1" && pnpm exec vitest run --reporter=default --reporter=json --outputFile="$results/$2.json") || status=1
}
run_vitest shared shared
run_vitest site site
run_vitest scripts publish
run_vitest e2e integration

# One closing line over all runners, in the form CI reads.
node -e '
  const fs = require("fs"), dir = process.argv[1];
  let passed = 0, failed = 0, skipped = 0;
  for (const f of fs.readdirSync(dir)) {
    const r = JSON.parse(fs.readFileSync(dir + "/" + f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`Tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$results"
exit $status
