#!/usr/bin/env bash
# Developer tool: a seeded throwaway Strapi → snapshot in $1 (see e2e/tools/cms-snapshot.ts).
# Serialised with a lock: the CMS has one dist/ folder, and a build while another Strapi starts
# from it breaks both.
source "$(dirname "${BASH_SOURCE[0]}")/../lib/env.sh"
ensure_toolchain
cd "$ROOT"
[ -n "${1:-}" ] || die "Aufruf: scripts/dev/cms-snapshot.sh <Zielordner> [sqlite|postgres]"
exec 9>/tmp/stadtportal-cms.lock
flock 9
bash scripts/lib/cms-build.sh
if [ "${2:-sqlite}" = postgres ]; then source scripts/lib/postgres.sh; ensure_test_postgres; fi
node e2e/tools/cms-snapshot.ts "$(realpath -m "$1")" "${2:-sqlite}"
