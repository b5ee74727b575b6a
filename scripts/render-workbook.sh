#!/usr/bin/env bash
# Renders a workbook as a person sees it on paper: LibreOffice prints it to PDF with the workbook's own
# print setup (A4 landscape, one page wide, repeated header rows), then each page becomes a PNG.
#   scripts/render-workbook.sh out/2021-04_2021-10/芒康县驻村工作统计表.xlsx /tmp/render
# Needs libreoffice-calc-nogui, poppler-utils and fonts-noto-cjk (installed when missing).
set -euo pipefail
[ $# -eq 2 ] || { echo "用法：$0 统计表.xlsx 输出目录" >&2; exit 64; }
workbook=$1
out=$2

missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p "$out"
name=$(basename "$workbook" .xlsx)
# A private profile, so that a desktop LibreOffice the user has open is neither needed nor disturbed.
soffice -env:UserInstallation=file:///tmp/briefing-lo-profile --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
pdftoppm -png -r 60 "$out/$name.pdf" "$out/$name"
ls "$out"/"$name"*.png
