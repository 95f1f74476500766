#!/usr/bin/env bash
# Lints the OpenAPI document the server serves (src/web/openapi.ts, written out as JSON) with
# @redocly/cli and redocly.yaml. Offline: no telemetry, no update check, no remote reference.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx tsx -e 'import { OPENAPI } from "./src/web/openapi.ts"; process.stdout.write(JSON.stringify(OPENAPI, null, 2));' > "$out/openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint "$out/openapi.json" --config redocly.yaml --format stylish
