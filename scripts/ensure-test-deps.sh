#!/usr/bin/env bash
# Installs the Debian packages the test suite uses, if any is missing: Chromium (browser tests),
# nftables and iproute2 (network-namespace labs), and the real protocol peers. Needs root (or sudo).
set -euo pipefail
packages=(chromium nftables iproute2 dnsmasq-base samba freetds-bin tftpd-hpa)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing test prerequisites from Debian: ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
