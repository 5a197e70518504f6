#!/usr/bin/env bash
# Gongkai's PDF and Word export side by side with the path officers use today, a Word file converted to PDF by an
# office suite (LibreOffice, headless). Not part of the test suite; results go to docs/benchmarks.md.
#   bench/word-vs-libreoffice.sh [output-folder]     (default target/word-bench)
# Times, for the two sample drafts (1: 2019 template, 2: 2025 template with its tables): Gongkai's whole process
# `java -jar target/gongkai.jar export N x.pdf|x.docx` (median of 5), LibreOffice's `--convert-to pdf` of the
# exported .docx with a fresh profile each time (cold, median of 3), then Gongkai's warm export in one JVM; prints
# page counts of both PDFs and leaves pictures of LibreOffice's pages (pdftoppm) in the output folder to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed" >&2; exit 2; }
command -v pdfinfo >/dev/null || { echo "poppler-utils (pdfinfo, pdftoppm) is not installed" >&2; exit 2; }
[ -f target/gongkai.jar ] && [ -d target/test-classes ] || mvn -q -DskipTests package test-compile
out=${1:-target/word-bench}
rm -rf "$out" && mkdir -p "$out"
out=$(cd "$out" && pwd)
data="$out/data"
java -jar target/gongkai.jar --data "$data" list >/dev/null # a new data folder holds the two sample drafts

ms() { local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; echo $((($(date +%s%N) - s) / 1000000)); }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

echo "| draft | Gongkai export .pdf (process) | Gongkai export .docx (process) | LibreOffice .docx → .pdf (cold) | ratio LO ÷ Gongkai .pdf | pages Gongkai / LibreOffice |"
echo "|---|---|---|---|---|---|"
for id in 1 2; do
  pdf=$(for i in 1 2 3 4 5; do ms java -jar target/gongkai.jar --data "$data" export $id "$out/d$id.pdf"; done | median)
  docx=$(for i in 1 2 3 4 5; do ms java -jar target/gongkai.jar --data "$data" export $id "$out/d$id.docx"; done | median)
  lo=$(for i in 1 2 3; do
    ms soffice --headless "-env:UserInstallation=file://$out/profile-$id-$i" --convert-to pdf --outdir "$out/lo$id" "$out/d$id.docx"
  done | median)
  ratio=$(awk -v a="$lo" -v b="$pdf" 'BEGIN {printf "%.1f×", a / b}')
  echo "| $id | $pdf ms | $docx ms | $lo ms | $ratio | $(pages "$out/d$id.pdf") / $(pages "$out/lo$id/d$id.pdf") |"
  pdftoppm -png -r 50 "$out/lo$id/d$id.pdf" "$out/lo$id/page"
  pdftoppm -png -r 50 "$out/d$id.pdf" "$out/gongkai$id-page"
done
echo
java -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.WordBenchmarks
echo
echo "LibreOffice's pages: $out/lo1/page-*.png, $out/lo2/page-*.png; Gongkai's: $out/gongkai*-page-*.png"
