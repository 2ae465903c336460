#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build).
# Installs it when missing: as root with apt-get, else with sudo; otherwise says how.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "浏览器测试需要 Debian 的 chromium 软件包,正在安装…" >&2
if [ "$(id -u)" = "0" ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
else
  echo "请先安装 chromium:apt-get install -y chromium" >&2
  exit 1
fi
