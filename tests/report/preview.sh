#!/bin/sh
# Renders every sample report to PDF and each page to a PNG, to look at the layout as a reader
# would (not a test: the checks a program can make are in tests/tst_report_pdf.cpp).
#
# usage: tests/report/preview.sh NIANBAO_EXE OUTPUT_DIR [DPI]
#   e.g. tests/report/preview.sh build/app/nianbao /tmp/preview 60
# Needs poppler-utils (pdftoppm, pdfinfo).
set -eu

if [ $# -lt 2 ]; then
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
exe=$1
out=$2
dpi=${3:-60}
samples=$(cd "$(dirname "$0")/../../resources/samples" && pwd)

for tool in pdftoppm pdfinfo; do
    command -v "$tool" >/dev/null || { echo "$tool (poppler-utils) is not installed" >&2; exit 2; }
done
mkdir -p "$out"
for json in "$samples"/*.json; do
    name=$(basename "$json" .json)
    QT_QPA_PLATFORM=offscreen "$exe" render "$json" -o "$out/$name.pdf"
    rm -f "$out/$name"-*.png
    pdftoppm -png -r "$dpi" "$out/$name.pdf" "$out/$name"
    pages=$(pdfinfo "$out/$name.pdf" | sed -n 's/^Pages: *//p')
    echo "$name: $pages pages → $out/$name-*.png"
done
