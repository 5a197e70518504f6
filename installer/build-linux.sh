#!/usr/bin/env bash
# Builds the Linux app-image and .deb under target/installer/ from target/gongkai.jar (run by `mvn -Pinstaller
# -DskipTests package`; see installer/README.md). Needs a JDK 17 with jlink/jpackage, dpkg-deb and fakeroot.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/resources"
cp target/gongkai.jar "$OUT/input/"

# the classes a real editor start loads, recorded once here (a display is needed: Xvfb when there is none);
# the installed program turns them into its class-data-sharing archive at its final path
CLASSES="$OUT/input/classes.txt"
PROBE_DATA=$(mktemp -d)
if [ -n "${DISPLAY:-}" ]; then
  java -XX:DumpLoadedClassList="$CLASSES" -jar target/gongkai.jar --data "$PROBE_DATA" --startup-probe || true
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -XX:DumpLoadedClassList="$CLASSES" -jar target/gongkai.jar --data "$PROBE_DATA" --startup-probe || true
fi
[ -s "$CLASSES" ] || echo "# no display at build time: only the classes of a command-line export are archived" > "$CLASSES"
rm -rf "$PROBE_DATA"

echo "jlink: runtime with the explicit module list of installer/jlink.args"
jlink @installer/jlink.args --output "$OUT/runtime"
# the archive for heaps over 32 GB is never used by a desktop program of this size
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

cp installer/linux/gongkai.desktop "$OUT/resources/gongkai.desktop"
sed -e "s|@CDS_COMMAND@|/opt/gongkai/lib/runtime/bin/java -XX:+UseSerialGC -XX:ArchiveClassesAtExit=/opt/gongkai/lib/app/gongkai.jsa -cp /opt/gongkai/lib/app/gongkai.jar cn.gongkai.app.Launcher cds-train /opt/gongkai/lib/app/classes.txt|" \
  installer/linux/postinst.in > "$OUT/resources/postinst"
cp installer/linux/prerm "$OUT/resources/prerm"
chmod 755 "$OUT/resources/postinst" "$OUT/resources/prerm"

echo "jpackage: app-image"
jpackage @installer/common.args @installer/launcher.args @installer/linux/app-image.args \
  --input "$OUT/input" --runtime-image "$OUT/runtime" --dest "$OUT"

echo "jpackage: .deb"
jpackage @installer/common.args @installer/linux/deb.args \
  --app-image "$OUT/gongkai" --resource-dir "$OUT/resources" --dest "$OUT"

du -sh "$OUT/gongkai" "$OUT"/*.deb
