#!/usr/bin/env bash
# Debian packages the test suite drives: Chromium for the browser tests, LibreOffice and
# poppler for the report PDFs, pg_dump and pg_restore (postgresql-client) for `tiendo
# backup` and `tiendo restore`, and fonts with every Vietnamese glyph (fonts-liberation2;
# plain fonts-liberation lacks ơ ư ắ ệ). Installs only what is missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)
command -v pg_dump >/dev/null || need+=(postgresql-client)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Thiếu gói hệ thống: ${need[*]}. Cài bằng: sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
echo "Cài gói hệ thống: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
