#!/usr/bin/env bash
# Start-up of the editor, measured three ways for each start (issue 16): from outside (launch → the probe's line
# printed, on a display already running), and by the probe itself from the OS process's start and from the JVM's.
#   bench/startup.sh [starts]        (default 7; needs Xvfb; uses target/gongkai.jar and, when built, the
#                                     app-image target/installer/gongkai and the installed /opt/gongkai)
# Not part of the test suite; results go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
[ -f target/gongkai.jar ] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:77

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# one start: prints "outside process jvm" in ms
start() {
  local t0 line process="" jvm=""
  t0=$(date +%s%N)
  while IFS= read -r line; do
    case $line in
      startup-ms=*) process=${line#startup-ms=}; outside=$((($(date +%s%N) - t0) / 1000000)) ;;
      jvm-startup-ms=*) jvm=${line#jvm-startup-ms=} ;;
    esac
  done < <("$@" --data "$work/data" --startup-probe 2>/dev/null)
  echo "$outside $process $jvm"
}

row() {
  local name=$1; shift
  "$@" --data "$work/data" list >/dev/null 2>&1 # the data folder exists before the first measured start
  start "$@" >/dev/null                        # one start to warm the disk cache
  local runs=()
  for i in $(seq "$n"); do runs+=("$(start "$@")"); done
  printf '%s\n' "${runs[@]}" > "$work/runs"
  echo "| $name | $(cut -d' ' -f1 "$work/runs" | median) ms | $(cut -d' ' -f2 "$work/runs" | median) ms | $(cut -d' ' -f3 "$work/runs" | median) ms |"
}

echo "| how started | outside: launch → list drawn (median of $n) | probe from process start | probe from JVM start |"
echo "|---|---|---|---|"
row '`java -jar target/gongkai.jar`' java -jar target/gongkai.jar
[ -x target/installer/gongkai/bin/gongkai ] && row 'app-image as built (`target/installer/gongkai/bin/gongkai`)' target/installer/gongkai/bin/gongkai
[ -x /opt/gongkai/bin/gongkai ] && row 'installed .deb (`/opt/gongkai/bin/gongkai`)' /opt/gongkai/bin/gongkai
echo "machine: $(nproc) cores, $(uname -m), $(date +%F)"
