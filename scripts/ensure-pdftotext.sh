#!/usr/bin/env bash
# The journeys read the text of printed pages (PDF) with poppler's pdftotext. Install it when missing.
set -euo pipefail
if command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "The browser tests need pdftotext and pdfinfo (poppler-utils) to read printed pages." >&2
	exit 1
fi
echo "Installing Debian's poppler-utils for the printed-page tests…"
bash "$(dirname "$0")/apt-install.sh" poppler-utils
