#!/bin/sh
# The seed report from JSON to PDF as a whole process (start, fonts, layout, PDF, exit): wall time,
# processor time (user + system: steadier than wall time while other work runs) and peak memory
# over several runs, and, when LibreOffice is installed, the same report's HTML
# converted by `soffice --headless --convert-to pdf` for comparison.
#   sh tests/bench/render_process.sh [BUILD_DIR] [RUNS] [REPORT.html]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
runs=${2:-10}
sample=$top/resources/samples/2019_jiading_chengguan.json
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() { # label, command…
    label=$1
    shift
    "$@" >/dev/null 2>&1 # warm the file cache
    best=""
    for i in $(seq "$runs"); do
        /usr/bin/time -f "%e %M %U %S" -o "$out/time" "$@" >/dev/null 2>&1
        best="$best$(cat "$out/time")\n"
    done
    printf "$best" | sort -n | awk -v l="$label" 'NR==1{min=$1} {t[NR]=$1; m=($2>m?$2:m); c=$3+$4; cpu=(NR==1||c<cpu?c:cpu)} END{printf "%s: best %.3f s, median %.3f s, processor best %.2f s, peak %.1f MiB (%d runs)\n", l, min, t[int((NR+1)/2)], cpu, m/1024, NR}'
}

measure "nianbao render" env QT_QPA_PLATFORM=offscreen "$build/app/nianbao" render "$sample" -o "$out/seed.pdf"
html=${3:-}
if command -v soffice >/dev/null 2>&1 && [ -n "$html" ]; then
    measure "soffice --convert-to pdf" soffice --headless --convert-to pdf --outdir "$out" "$html"
else
    echo "LibreOffice comparison not run (needs soffice and an HTML rendering of the report)"
fi
