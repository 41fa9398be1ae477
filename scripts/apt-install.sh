#!/usr/bin/env bash
# Installs Debian packages for the tests, as root or with sudo: `bash scripts/apt-install.sh NAME…`.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "$@" >/dev/null
