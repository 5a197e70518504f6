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
echo "smoke test passed: $(echo "$OUT" | grep '^startup-ms=')"
