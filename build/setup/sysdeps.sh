#!/usr/bin/env bash
# Install the Debian packages listed in debian-packages.txt that are missing.
# As root: apt-get installs them (apt-get update once). Otherwise: say exactly what is missing
# and how to install it, and carry on (tests that need a missing part skip with that reason).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
list="$here/debian-packages.txt"
[ -f "$list" ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || { echo "sysdeps: not a Debian system; install the equivalents of $list by hand"; exit 0; }
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep -v '^$')
missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# XeLaTeX (family K's typesetter) needs its format file; apt's trigger does not always build it
# (seen on this project's machine), and a missing format makes every K page fail to typeset.
xelatex_format() {
  command -v xelatex >/dev/null 2>&1 || return 0
  kpsewhich -engine=xetex xelatex.fmt >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = "0" ]; then
    echo "sysdeps: building xelatex.fmt"
    { update-fmtutil >/dev/null 2>&1 || true; fmtutil-sys --byfmt xelatex >/tmp/zongchuang-fmtutil.log 2>&1; } \
      || echo "sysdeps: fmtutil-sys --byfmt xelatex failed; see /tmp/zongchuang-fmtutil.log"
  else
    echo "sysdeps: xelatex.fmt missing; as root run: fmtutil-sys --byfmt xelatex"
  fi
}
# family ZR's npm packages (PDFKit, pdf.js, @napi-rs/canvas): `npm ci` from the committed lock file into a
# folder outside version control, redone when the lock file changes; nothing is fetched while generating
zr_node() {
  local src="$here/../../benchmarks/docgen_zr/node"
  local dst="${XDG_CACHE_HOME:-$HOME/.cache}/zongchuang/docgen_zr_node"
  [ -f "$src/package-lock.json" ] || return 0
  if ! command -v npm >/dev/null 2>&1; then echo "sysdeps: npm missing (family ZR's renderer); install nodejs/npm"; return 0; fi
  if [ -d "$dst/node_modules" ] && cmp -s "$src/package-lock.json" "$dst/package-lock.json"; then return 0; fi
  mkdir -p "$dst" && cp "$src/package.json" "$src/package-lock.json" "$dst/" \
    && (cd "$dst" && npm ci --no-audit --no-fund >/tmp/zongchuang-npm.log 2>&1) \
    || { echo "sysdeps: npm ci for family ZR failed; see /tmp/zongchuang-npm.log"; rm -f "$dst/package-lock.json"; }
}
# family AD's jsPDF: `npm ci` from its committed lock file into ~/.cache/zongchuang/docgen_ad/node-<lock hash>
# (the folder benchmarks/docgen_ad/core.py looks for; it runs the same `npm ci` itself on first use)
ad_node() {
  local src="$here/../../benchmarks/docgen_ad/node"
  [ -f "$src/package-lock.json" ] || return 0
  local h; h="$(sha256sum "$src/package-lock.json" | cut -c1-12)"
  local dst="${XDG_CACHE_HOME:-$HOME/.cache}/zongchuang/docgen_ad/node-$h"
  [ -d "$dst/node_modules/jspdf" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then echo "sysdeps: npm missing (family AD's e-licences); install nodejs/npm"; return 0; fi
  mkdir -p "$dst" && cp "$src/package.json" "$src/package-lock.json" "$dst/" \
    && (cd "$dst" && npm ci --no-audit --no-fund --ignore-scripts >/tmp/zongchuang-npm-ad.log 2>&1) \
    || { echo "sysdeps: npm ci for family AD failed; see /tmp/zongchuang-npm-ad.log"; rm -rf "$dst"; }
}
# family AI's three.js (a pinned version, ESM build files only) into ~/.cache/zongchuang/docgen_ai/npm
# (benchmarks/docgen_ai/generate.py runs the same install itself on first use; never into the repo)
ai_three() {
  local dst="${XDG_CACHE_HOME:-$HOME/.cache}/zongchuang/docgen_ai/npm"
  [ -f "$dst/node_modules/three/build/three.module.js" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then echo "sysdeps: npm missing (family AI's photos); install nodejs/npm"; return 0; fi
  mkdir -p "$dst" && npm install --no-audit --no-fund --prefix "$dst" three@0.187.0 >/tmp/zongchuang-npm-ai.log 2>&1 \
    || echo "sysdeps: npm install three for family AI failed; see /tmp/zongchuang-npm-ai.log"
}
[ ${#missing[@]} -eq 0 ] && { xelatex_format; zr_node; ad_node; ai_three; exit 0; }
if [ "$(id -u)" = "0" ]; then
  echo "sysdeps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null 2>&1 || apt-get update
  if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/zongchuang-apt.log 2>&1; then
    echo "sysdeps: apt-get failed; see /tmp/zongchuang-apt.log"; tail -20 /tmp/zongchuang-apt.log; exit 1
  fi
else
  echo "sysdeps: 缺少系统软件包 / missing Debian packages: ${missing[*]}"
  echo "sysdeps: 请以 root 运行 / as root run: apt-get install -y ${missing[*]}"
fi
xelatex_format
zr_node
ad_node
ai_three
exit 0
