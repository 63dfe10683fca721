#!/usr/bin/env bash
# Run a frozen zongchuang's self-test the way it runs on a fresh window PC, headless:
#  - Qt offscreen; a throwaway HOME, data, log and config folders (nothing of the build user's);
#  - with dbus-run-session + gnome-keyring-daemon: a private Secret Service, so the frozen keyring
#    backend is really exercised; otherwise a throwaway key passphrase (the headless path);
#  - as root with unshare: inside a new network namespace with only loopback (proves nothing is
#    downloaded at run time); otherwise every proxy variable points at a dead port.
# Usage: build/frozen-selftest.sh EXE [ARGS...]   (ARGS default: --self-test)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
exe="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; shift
[ $# -gt 0 ] || set -- --self-test
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/data" "$tmp/logs"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state" \
       ZONGCHUANG_HOME="$tmp/data" ZONGCHUANG_LOG_DIR="$tmp/logs" ZONGCHUANG_SYSTEM_CONFIG="$tmp/system.toml" \
       QT_QPA_PLATFORM=offscreen
unset ZONGCHUANG_KEYRING ZONGCHUANG_KEY_PASSPHRASE
inner=("$exe" "$@")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  inner=(dbus-run-session -- sh -c 'printf selftest | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$0" "$@"' "${inner[@]}")
  echo "frozen-selftest: keyring = private Secret Service (gnome-keyring)" >&2
else
  export ZONGCHUANG_KEY_PASSPHRASE="frozen-selftest-$RANDOM$RANDOM"
  echo "frozen-selftest: keyring = none here; throwaway key passphrase" >&2
fi
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
  echo "frozen-selftest: network = none (unshare -n, loopback only)" >&2
  exec unshare -n python3 "$here/netless.py" "${inner[@]}"
fi
echo "frozen-selftest: network = proxies pointed at a dead port (not root: no unshare)" >&2
export http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 \
       HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9 all_proxy=http://127.0.0.1:9 NO_PROXY= no_proxy=
exec "${inner[@]}"
