#!/usr/bin/env bash
# Runs every test: unit tests (Surefire, *Tests) and integration tests (Failsafe, *IT: real
# PostgreSQL, real Chromium, real HAProxy). Installs what the integration tests need when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# The PDF reports draw their charts with java.awt, which needs at least one installed font (fontconfig).
# fc-list's output is captured whole, not piped into `grep -q`: grep quits at the first line, fc-list then
# dies of SIGPIPE and pipefail would report "no font" on a machine that has many.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
    || ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null)" ]; then
  echo "test.sh: installing Debian's chromium and chromium-driver for the browser tests, and a font for the PDFs"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fontconfig fonts-dejavu-core >/dev/null
fi

# The two-server test (TwoServersBehindAProxyIT) puts Debian's HAProxy in front of two Promise servers. A test of
# `command -v`, with no pipe, so pipefail has nothing to misread.
if ! command -v haproxy >/dev/null 2>&1; then
  echo "test.sh: installing Debian's haproxy for the two-server test"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq haproxy >/dev/null
fi

mvn -B verify "$@"
