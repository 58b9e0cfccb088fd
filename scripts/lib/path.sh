# shellcheck shell=bash
# For an interactive shell: `source scripts/lib/path.sh` puts the project's Node and pnpm first.
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
set +eu
ensure_node
ensure_pnpm
