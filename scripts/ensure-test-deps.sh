#!/usr/bin/env bash
# Installs the Debian packages the test suite uses, if any is missing: Chromium (browser tests),
# nftables and iproute2 (network-namespace labs), the real protocol peers, the proxies and openssl
# of the internet endpoint tests, and poppler-utils (pdftoppm turns the PDF report into pages to
# look at). Needs root (or sudo). Package services (squid, tinyproxy) are kept from starting: the
# tests start their own, on loopback and in namespaces.
set -euo pipefail
packages=(chromium nftables iproute2 dnsmasq-base samba freetds-bin tftpd-hpa squid-openssl tinyproxy openssl poppler-utils)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing test prerequisites from Debian: ${missing[*]}"
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
export DEBIAN_FRONTEND=noninteractive
policy=/usr/sbin/policy-rc.d
created_policy=""
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo_cmd tee "$policy" >/dev/null
  $sudo_cmd chmod 755 "$policy"
  created_policy=1
fi
cleanup() { if [ -n "$created_policy" ]; then $sudo_cmd rm -f "$policy"; fi; }
trap cleanup EXIT
$sudo_cmd apt-get update -qq
$sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
