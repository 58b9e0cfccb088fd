#!/usr/bin/env bash
# One entry point for the root scripts (`pnpm seed|snapshot|build|serve|audit|typecheck|rollback|backup|restore|media:to-s3|record:verify`):
# each first makes sure the toolchain is there, so they work in a fresh clone too.
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
ensure_toolchain
cd "$ROOT"

cmd="${1:-}"
# The built site: site/dist, or SITE_DIST (absolute) for builds elsewhere.
dist="${SITE_DIST:-$ROOT/site/dist}"
export SITE_DIST="$dist"
shift || true

case "$cmd" in
  seed)
    ensure_ffmpeg   # the demo video (cms/src/seed/video.ts)
    node cms/scripts/ensure-env.mjs
    bash scripts/lib/cms-build.sh
    pnpm --filter @stadtportal/cms seed
    ;;
  snapshot)
    node shared/src/cli/snapshot.ts
    ;;
  build)
    # SNAPSHOT_DIR, content/, or the live release's snapshot (scripts/lib/build-snapshot.ts); one
    # clear line instead of a build stack trace when there is nothing to build from.
    dir="$(node scripts/lib/build-snapshot.ts "$ROOT")" || exit 1
    export SNAPSHOT_DIR="$dir"
    pnpm --filter @stadtportal/site build
    ;;
  serve)
    [ -f "$dist/index.html" ] || die "Keine gebaute Website unter $dist – zuerst „pnpm build“."
    exec node scripts/lib/static-server.mjs "$dist" "${SITE_PORT:-4321}"
    ;;
  audit)
    [ -f "$dist/sitemap-index.xml" ] || die "Keine gebaute Website unter $dist – zuerst „pnpm build“."
    exec node scripts/a11y-gate.mjs "$dist"
    ;;
  typecheck)
    pnpm --filter @stadtportal/shared typecheck
    pnpm --filter @stadtportal/shared build   # the rules the CMS imports (compiled)
    pnpm --filter @stadtportal/cms typecheck
    pnpm --filter @stadtportal/site check
    pnpm --filter @stadtportal/publish typecheck
    pnpm --filter @stadtportal/e2e typecheck
    pnpm --filter @stadtportal/bench typecheck
    ;;
  lint)
    # ESLint (typescript-eslint strict, Astro with its accessibility rules) over every package,
    # then Prettier's check: a file that is not formatted fails like a lint error.
    pnpm exec eslint --max-warnings=0 .
    pnpm exec prettier --check --log-level=warn .
    ;;
  format)
    pnpm exec prettier --write --log-level=warn .
    ;;
  rollback)
    exec node scripts/publish/cli.ts rollback
    ;;
  redirects:import)
    # CSV of old addresses → Weiterleitungen in the CMS (report of rejected rows, chains collapsed).
    exec node scripts/publish/import-redirects.ts "$@"
    ;;
  backup|restore)
    # Strapi's export/import load the compiled CMS (cms/dist): build it first if sources changed.
    # stdout stays the backup's path alone (scripts and cron jobs read it).
    node cms/scripts/ensure-env.mjs >&2
    bash scripts/lib/cms-build.sh
    exec node scripts/backup/cli.ts "$cmd" "$@"
    ;;
  media:to-s3)
    # Local uploads of an existing installation → the S3 bucket of the CMS configuration, file
    # URLs in the database rewritten (cms/src/media/migrate.ts, docs/OPERATIONS.md).
    node cms/scripts/ensure-env.mjs >&2
    bash scripts/lib/cms-build.sh
    exec node cms/scripts/media-to-s3.mjs "$@"
    ;;
  record:verify)
    # Recomputes the publication record's hash chain from the CMS database (docs/OPERATIONS.md).
    exec node scripts/record/verify.ts "$@"
    ;;
  *)
    die "Unbekannter Befehl „$cmd“ (seed, snapshot, build, serve, audit, typecheck, rollback, backup, restore, media:to-s3, record:verify)."
    ;;
esac
