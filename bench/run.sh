#!/usr/bin/env bash
# `pnpm bench`: the benchmark suite (bench/README.md). Makes sure the toolchain, Hugo, nginx,
# Java (HTML validity step) and a PostgreSQL for the content pull are there, then runs
# bench/src/bench.ts. Quick try: BENCH_SIZES=1000 pnpm bench.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib/env.sh"
source "$ROOT/scripts/lib/postgres.sh"
ensure_toolchain
ensure_hugo
ensure_nginx
ensure_java
cd "$ROOT"
ensure_test_postgres
trap stop_test_postgres EXIT
node bench/src/bench.ts
