#!/usr/bin/env bash
# Browser tests drive Debian's Chromium. Installs it when missing and we are root; otherwise
# stops with one line saying how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium absent : installation avec apt-get (une minute environ)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium manque pour les tests navigateur : installez-le (sudo apt-get install chromium) ou indiquez son chemin dans CHROMIUM_PATH, puis relancez npm test." >&2
exit 1
