#!/usr/bin/env bash
# Builds the app-image and starts it once on a new data folder: the editor must open with the draft list (under
# Xvfb), print startup-ms=… and exit 0, and the packaged command line must list the sample draft, import the sample
# workbook into the 2025 sample and export its post-reform PDF.
# Run by .ci/run after the tests; needs target/gongkai.jar (mvn package) and xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash installer/build-linux.sh --app-image-only
APP=target/installer/gongkai/bin/gongkai
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
OUT=$(xvfb-run -a -s "-screen 0 1366x768x24" "$APP" --data "$DATA/d" --startup-probe 2>&1) || {
  echo "smoke test: the packaged editor did not exit 0"; echo "$OUT"; exit 1; }
echo "$OUT" | grep -q '^startup-ms=[0-9]*$' || { echo "smoke test: no startup-ms line"; echo "$OUT"; exit 1; }
"$APP" --data "$DATA/d" list | grep -q '九州镇人民政府' || { echo "smoke test: sample draft not listed"; exit 1; }
# the post-reform path in the packaged runtime: the sample workbook into the 2025 sample, then its PDF
"$APP" --data "$DATA/d" import --into 2 "$DATA/d/示例/九州镇2025年预算表格（示例）.xlsx" > /dev/null 2>&1 || {
  echo "smoke test: the sample workbook did not import"; exit 1; }
"$APP" --data "$DATA/d" export 2 "$DATA/out.pdf" || { echo "smoke test: the post-reform PDF did not export"; exit 1; }
pdftotext -enc UTF-8 "$DATA/out.pdf" "$DATA/out.txt"
grep -q '部门收支总表' "$DATA/out.txt" || { echo "smoke test: the PDF has no 公开表"; exit 1; }
# the launcher is a shell script, not jpackage's native one (which asks rpm and dpkg who owns it before the JVM starts)
head -1 "$APP" | grep -q '^#!/bin/sh' || { echo "smoke test: bin/gongkai is not the shell launcher"; exit 1; }
# tens of MB when it holds the editor's classes (a recording that caught the wrong JVM is a few hundred KB)
[ "$(stat -c %s target/installer/gongkai/lib/app/gongkai.jsa 2>/dev/null || echo 0)" -gt 20000000 ] \
  || { echo "smoke test: the app-image has no CDS archive of the editor's classes"; exit 1; }
# a plain java -jar runs again with options: commands and exit codes pass through; the first editor start records
# the class-data archive of the jar in the user's cache, the next one uses it
export XDG_CACHE_HOME="$DATA/cache"
java -jar target/gongkai.jar --data "$DATA/d" list | grep -q '九州镇人民政府' || { echo "smoke test: java -jar list"; exit 1; }
code=0; java -jar target/gongkai.jar --data "$DATA/d" validate 999 2>/dev/null || code=$?
[ "$code" = 2 ] || { echo "smoke test: java -jar gave exit code $code for a missing draft, not 2"; exit 1; }
[ -z "$(ls "$DATA/cache/gongkai/cds" 2>/dev/null)" ] || { echo "smoke test: a command recorded the archive"; exit 1; }
xvfb-run -a -s "-screen 0 1366x768x24" java -jar target/gongkai.jar --data "$DATA/d" --startup-probe >/dev/null 2>&1 \
  || { echo "smoke test: java -jar editor start"; exit 1; }
ls "$DATA"/cache/gongkai/cds/*.jsa >/dev/null 2>&1 || { echo "smoke test: no archive after the first editor start"; exit 1; }
JAR=$(xvfb-run -a -s "-screen 0 1366x768x24" java -jar target/gongkai.jar --data "$DATA/d" --startup-probe 2>&1) \
  || { echo "smoke test: java -jar editor start with its archive"; echo "$JAR"; exit 1; }
echo "smoke test passed: $(echo "$OUT" | grep '^startup-ms='); java -jar $(echo "$JAR" | grep '^startup-ms=')"
