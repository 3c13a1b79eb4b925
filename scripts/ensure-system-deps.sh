#!/usr/bin/env bash
# Installs what the browser tests need from Debian when it is missing: Chromium, and CJK fonts so
# Chinese renders with real glyphs. Used by `npm test` and .ci/run; does nothing when both are there.
set -euo pipefail
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
{ command -v fc-list >/dev/null && fc-list :lang=zh-hk | grep -q .; } || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing ${missing[*]}: install them with apt-get (Debian) or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
