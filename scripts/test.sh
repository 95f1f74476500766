#!/usr/bin/env bash
# `npm test`: everything, in the order a failure is cheapest to read. Type check, layer
# boundaries and unused code (dependency-cruiser, knip), the OpenAPI document's lint
# (@redocly/cli), unit and integration tests on Node/libSQL, the same integration tests inside
# workerd/D1 and on a real libSQL server (sqld, fetched at a pinned version by
# scripts/ensure-sqld.sh), the Worker bundle, then the browser journeys. Ends with one line:
# "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false
export XDG_CONFIG_HOME="${XDG_CONFIG_HOME:-$PWD/.wrangler/config}"
reports="$(mktemp -d)"
failed_steps=()

step() {
  local name="$1"; shift
  echo
  echo "━━ $name"
  if ! "$@"; then failed_steps+=("$name"); fi
}

vitest_step() {
  local name="$1" config="$2"
  step "$name" npx vitest run --config "$config" --reporter=default --reporter=json --outputFile.json="$reports/$name.json"
}

step "typecheck" npx tsc --noEmit
step "boundaries" npm run --silent lint:boundaries
step "openapi-lint" bash scripts/lint-openapi.sh
vitest_step "node" vitest.config.ts
vitest_step "workerd" vitest.workers.config.ts
if SQLD_BIN="$(bash scripts/ensure-sqld.sh)"; then
  SQLD_BIN="$SQLD_BIN" vitest_step "sqld" vitest.sqld.config.ts
else
  failed_steps+=("sqld")
fi
step "worker-bundle" node scripts/worker-check.mjs
if bash scripts/ensure-chromium.sh; then
  vitest_step "browser" vitest.e2e.config.ts
else
  failed_steps+=("browser")
fi

node scripts/test-summary.mjs "$reports" "${failed_steps[@]}"
status=$?
rm -rf "$reports"
if [ "${#failed_steps[@]}" -gt 0 ]; then
  echo "Étapes en échec : ${failed_steps[*]}" >&2
  exit 1
fi
exit "$status"
