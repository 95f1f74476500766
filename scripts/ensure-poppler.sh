#!/usr/bin/env bash
# The benchmarks compare against poppler (pdftotext, pdftoppm) and sqlite3 measured in the same
# run. Installs them when missing and we are root; otherwise stops with one line saying how.
set -euo pipefail
missing=()
for tool in pdftotext pdftoppm sqlite3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Outils de référence absents (${missing[*]}) : installation avec apt-get…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils sqlite3 >/dev/null
  exit 0
fi
echo "Les benchmarks ont besoin de ${missing[*]} : installez-les (sudo apt-get install poppler-utils sqlite3) puis relancez npm run bench." >&2
exit 1
