#!/usr/bin/env bash
# Installs the Debian packages HazChem needs, only when something is missing.
set -euo pipefail

need=()
pkg-config --exists sqlite3 2>/dev/null || need+=(libsqlite3-dev)
pkg-config --exists xlsxwriter 2>/dev/null || need+=(libxlsxwriter-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
# Printed documents: headless Chromium prints the print views to PDF with CJK fonts from Debian; poppler-utils
# (pdftotext, pdffonts, pdftoppm) reads them back in the tests and turns pages into images in the browser test.
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
[ -n "$(fc-list :lang=zh 2>/dev/null)" ] || need+=(fonts-noto-cjk)
# The print views' CJK font has TrueType outlines, so Chromium embeds it as a CID TrueType font (Noto CJK's CFF
# outlines come out as Type 3 bitmaps-in-PDF that some bureaus' viewers and printers render badly).
[ -n "$(fc-list 'WenQuanYi Zen Hei' 2>/dev/null)" ] || need+=(fonts-wqy-zenhei)
# Chinese interface strings of Chromium's own controls (选择文件, 年/月/日 in date fields) for the browser test's
# screenshots, as a bureau's Chinese browser shows them.
[ -e /usr/lib/chromium/locales/zh-CN.pak ] || need+=(chromium-l10n)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)

# openpyxl cross-checks the xlsx tests (they skip without it); never fail the build over it.
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import openpyxl' >/dev/null 2>&1; then
  python3 -m pip install --quiet openpyxl >/dev/null 2>&1 \
    || python3 -m pip install --quiet --break-system-packages openpyxl >/dev/null 2>&1 \
    || echo "openpyxl not installed (pip unavailable); xlsx cross-checks will be skipped"
fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${need[@]}" pkg-config >/dev/null
