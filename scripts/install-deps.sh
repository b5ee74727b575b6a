#!/usr/bin/env bash
# Installs what the build and the tests need on Debian, and nothing that is already there.
#   pkg-config         how SwiftPM finds the C library's flags
#   libxlsxwriter-dev  the C library the workbooks are written with (pkg-config: xlsxwriter)
#   zlib1g-dev         zlib, with which a written workbook is read back and checked
#   libsqlite3-dev     the SQLite the run history and delivery ledger are kept in (through GRDB)
#   msmtp              the SMTP client that sends the mail (STARTTLS, AUTH)
#   python3-openpyxl   the independent reader the tests check workbooks with (Debian's /usr/bin/python3)
#   python3-yaml       lets that independent check read the config
#   python3-aiosmtpd   the real SMTP server the mail tests send to, on loopback
#   openssl            makes that server's self-signed certificate
set -euo pipefail

missing=()
command -v pkg-config >/dev/null || missing+=(pkg-config)
pkg-config --exists xlsxwriter 2>/dev/null || missing+=(libxlsxwriter-dev)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
[ -x /usr/bin/msmtp ] || missing+=(msmtp)
/usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || missing+=(python3-yaml)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
[ -x /usr/bin/openssl ] || missing+=(openssl)

if [ ${#missing[@]} -gt 0 ]; then
    echo "安装依赖：${missing[*]}" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
