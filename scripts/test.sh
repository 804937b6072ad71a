#!/usr/bin/env bash
# Install what the tests need and run them all: lint, format, unit, app and browser tests.
# Usage: bash scripts/test.sh [pytest options]     (CI: .ci/run calls this)
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium for the browser tests; the emoji font so screenshots show the traffic lights
# as a phone does (headless Chromium has no emoji font of its own).
if [ ! -x /usr/bin/chromium ] || [ ! -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
  else
    echo "note: no Chromium and no root: browser tests will be skipped (apt-get install -y chromium)"
  fi
fi

# PostgreSQL for the survey-collection tests (Debian's postgresql; a throw-away server per run).
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; fi

python3 -m pip install -q --disable-pip-version-check -r requirements-dev.txt
python3 -m ruff check .
python3 -m ruff format --check .
python3 -m pytest "$@"
