#!/usr/bin/env bash
# Build Strapi (TypeScript + admin panel) only when its sources changed since the last build:
# the admin build takes about a minute, and `strapi start` needs it (`strapi develop` would
# delete it, so we never use develop in scripts).
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT/cms"
# The contract's rules are compiled for the CMS first (docs/adr/0016-one-set-of-rules.md); a few
# files, about two seconds.
(cd "$ROOT/shared" && pnpm exec tsc -p tsconfig.rules.json)
stamp="dist/.stadtportal-build"
want="$( (find src config package.json tsconfig.json ../shared/src/rules -type f -print0 | sort -z | xargs -0 sha256sum; node --version) | sha256sum | cut -d' ' -f1)"
if [ -f "$stamp" ] && [ -d dist/build ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
log "Baue das Strapi-Redaktionssystem (Admin-Oberfläche, ca. 1 Minute) …"
pnpm exec strapi build >&2
printf '%s' "$want" > "$stamp"
