#!/usr/bin/env bash
# The OCR benchmark compares against the `tesseract` command (Debian tesseract-ocr with the French
# data) on the same image in the same run. Installs it when missing and we are root; otherwise
# stops with one line saying how.
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx fra; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "tesseract (français) absent : installation avec apt-get…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-fra >/dev/null
  exit 0
fi
echo "Le benchmark OCR a besoin de tesseract et du français : installez-les (sudo apt-get install tesseract-ocr tesseract-ocr-fra) puis relancez npm run bench." >&2
exit 1
