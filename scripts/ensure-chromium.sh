#!/usr/bin/env bash
# The browser journeys and the browser component tests run in Debian's chromium. Install it when it is missing.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
	exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
	echo "The browser tests need Chromium at $browser (set CHROMIUM_PATH to use another)." >&2
	exit 1
fi
echo "Installing Debian's chromium for the browser tests…"
bash "$(dirname "$0")/apt-install.sh" chromium
