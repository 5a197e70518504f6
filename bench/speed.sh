#!/usr/bin/env bash
# Every row of issue 16's table that this machine can measure, in one run (not part of the test suite; results go
# to docs/benchmarks.md). Needs Xvfb and a built app-image (bash .ci/run builds target/installer/gongkai); uses the
# installed /opt/gongkai and the .deb when present, and LibreOffice for the office-suite row when installed.
#   bench/speed.sh [starts]        (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
[ -f target/gongkai.jar ] || mvn -q -DskipTests package
[ -d target/test-classes/cn/gongkai/bench ] || mvn -q -DskipTests test-compile
app=target/installer/gongkai/bin/gongkai
[ -x /opt/gongkai/bin/gongkai ] && app=/opt/gongkai/bin/gongkai
[ -x "$app" ] || { echo "no app-image: run bash .ci/run first" >&2; exit 1; }
home=$(dirname "$(dirname "$app")")
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :79 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:79
cp=target/gongkai.jar:target/test-classes # the jar carries every library the helpers use
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
ms() { local t0; t0=$(date +%s%N); "$@" >/dev/null 2>&1; echo $((($(date +%s%N) - t0) / 1000000)); }
times() { for i in $(seq "$n"); do ms "$@"; done | median; }
# the launcher's JVM options, to run the in-process rows as the installed editor would
opts=$(grep -o '^java-options=.*' "$home/lib/app/gongkai.cfg" 2>/dev/null | sed 's/^java-options=//' \
  | grep -v SharedArchiveFile | tr '\n' ' ' || true)

"$app" --data "$work/data" list >/dev/null
java -cp "$cp" cn.gongkai.bench.WarmExportTime synthetic "$work/big.json"
big=$("$app" --data "$work/data" import "$work/big.json" 2>/dev/null | tail -1) # import prints the new ID last

echo "| what | target | this run |"
echo "|---|---|---|"
# startup.sh's rows: | how started | outside | probe from process start | probe from JVM start |
bench/startup.sh "$n" | awk -F' *[|] *' '
  /java -jar/ {t = "≤ 1.5 s"} /app-image/ {t = "≤ 1.0 s"} /installed/ {t = "≤ 0.7 s"}
  /java -jar|app-image|installed/ {
    printf "| click → draft list drawn, %s: outside (median of '"$n"') | %s | %s (probe: %s from the process start, %s from the JVM start) |\n", $2, t, $3, $4, $5
  }'
probe_rss=$( { /usr/bin/time -f '%M' "$app" --data "$work/data" --startup-probe >/dev/null; } 2>&1 | tail -1)
echo "| peak memory of the editor at start (max RSS, ${app}) | ≤ 200 MiB | $((probe_rss / 1024)) MiB |"
warm=$(java $opts -cp "$cp" cn.gongkai.bench.WarmExportTime warm 40 | sed 's/warm-export-ms=//')
echo "| warm PDF export of the sample in one JVM (launcher's options: ${opts:-none}) | ≤ 100 ms | ${warm} ms |"
echo "| whole-process \`export 1 x.pdf\` through the launcher (median of $n) | ≤ 1.0 s | $(times "$app" --data "$work/data" export 1 "$work/x.pdf") ms |"
big_line=$( { /usr/bin/time -f '%e %M' "$app" --data "$work/data" export "$big" "$work/big.pdf" >/dev/null; } 2>&1 | tail -1)
pages=$(pdfinfo "$work/big.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')
echo "| 5,000-indicator draft: export through the launcher / peak memory | ≤ 3 s, ≤ 300 MiB | ${big_line% *} s, $(( ${big_line#* } / 1024 )) MiB (${pages} pages) |"
open_ms=$(for i in $(seq "$n"); do "$app" --data "$work/data" --open-probe "$big" 2>/dev/null | sed -n 's/^open-ms=//p'; done | median)
echo "| 5,000-indicator draft: first open in the editor, to its 绩效 tree drawn (\`--open-probe\`, median of $n starts) | ≤ 1 s | ${open_ms} ms |"
echo "| size of the app-image ($home) | ≤ 150 MiB installed | $(du -sm "$home" | cut -f1) MiB |"
deb=$(ls target/installer/*.deb 2>/dev/null | head -1 || true)
[ -n "$deb" ] && echo "| .deb | ≤ 45 MiB | $(( $(stat -c %s "$deb") / 1048576 )) MiB |"
if command -v soffice >/dev/null; then
  "$app" --data "$work/data" export 1 "$work/s.docx" >/dev/null
  lo=$(times soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir "$work/lo-out" "$work/s.docx")
  echo "| LibreOffice .docx → PDF (warm profile, median of $n) ÷ Gongkai warm export | ≥ 10× | ${lo} ms ÷ ${warm} ms = $(awk -v a="$lo" -v b="$warm" 'BEGIN {printf "%.1f", a / b}')× |"
fi
echo
echo "machine: $(nproc) cores, $(uname -m), $(date +%F); launcher $app"
