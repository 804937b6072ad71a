#!/usr/bin/env bash
# Install what the tests need and run them all: lint, format, type check, unit, app and browser tests.
# Usage: bash scripts/test.sh [pytest options]     (CI: .ci/run calls this)
#
# - System packages (Debian 12 / Ubuntu 24.04): chromium (the browser tests), fonts-noto-color-emoji
#   (screenshots show the traffic lights as a phone does), python3-venv (when Python cannot make a
#   virtual environment). Installed with apt-get when run as root (or with password-less sudo),
#   announced in one line first; otherwise the missing ones are named and the browser tests skip
#   (they fail when CI is set).
# - Python packages: into the project's virtual environment .venv (created when missing, reused
#   otherwise; requirements-dev.txt installed again only when a requirements file changed).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || missing+=(fonts-noto-color-emoji)
if [ ! -x .venv/bin/python ] && ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  missing+=(python3-venv)
fi
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql) # survey tests' real server
command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui) # the Word file rendered to PDF
command -v pdftoppm >/dev/null || missing+=(poppler-utils)            # ... and its pages to PNG
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  fi
  if [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; then
    echo "scripts/test.sh: installing system packages with apt-get (about a minute): ${missing[*]}"
    log=$(mktemp)
    if ! { "${as_root[@]}" apt-get update -qq &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "${missing[@]}"; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "scripts/test.sh: apt-get could not install ${missing[*]} (output above);" \
        "going on: browser tests will be skipped (fail when CI is set)" >&2
    fi
    rm -f "$log"
  else
    echo "scripts/test.sh: missing system packages (install as root:" \
      "apt-get install -y ${missing[*]}); browser tests will be skipped"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  echo "scripts/test.sh: creating the virtual environment .venv"
  python3 -m venv .venv
fi
stamp=.venv/.driverlab-requirements
wanted=$(cat requirements.txt requirements-dev.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
  echo "scripts/test.sh: installing requirements-dev.txt into .venv (first run: a few minutes)"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$wanted" >"$stamp"
fi

.venv/bin/python -m ruff check .
.venv/bin/python -m ruff format --check .
.venv/bin/python -m mypy engine
.venv/bin/python -m pytest "$@"
