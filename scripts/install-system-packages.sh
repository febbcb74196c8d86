#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages OncoCohort needs to build and test, if any is missing.
# Safe to run again: it does nothing when everything is there. chromium renders the HTML report
# in the OncoReports tests; time measures the billion-laughs test; python3 runs loopback servers.
set -euo pipefail

packages=(pkg-config zlib1g-dev libxml2-dev libcurl4-openssl-dev libsqlite3-dev gzip tabix chromium time python3)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "installing system packages: ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
