#!/usr/bin/env bash
# Builds the Linux app-image and .deb under target/installer/ from target/gongkai.jar (run by `mvn -Pinstaller
# -DskipTests package`; see installer/README.md). Needs a JDK 17 with jlink/jpackage, dpkg-deb and fakeroot.
# With --app-image-only it stops after the app-image (installer/smoke-test.sh, CI).
set -euo pipefail
cd "$(dirname "$0")/.."
ONLY_IMAGE=false
[ "${1:-}" = "--app-image-only" ] && ONLY_IMAGE=true
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/resources"
cp target/gongkai.jar "$OUT/input/"

# the classes a real editor start and a command-line export load, with the lambdas and method-handle forms they
# spin, recorded once here (the editor needs a display: Xvfb when there is none); a static class-data-sharing
# archive is dumped from this list for the app-image below and by the .deb at its final path (no display needed)
CLASSES="$OUT/input/classes.txt"
PROBE_DATA=$(mktemp -d)
record() { java -XX:DumpLoadedClassList="$1" -Dgongkai.noRelaunch=true -jar target/gongkai.jar --data "$PROBE_DATA" "${@:2}"; }
if [ -n "${DISPLAY:-}" ]; then
  record "$OUT/editor-classes.txt" --startup-probe || true
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1366x768x24" \
    java -XX:DumpLoadedClassList="$OUT/editor-classes.txt" -Dgongkai.noRelaunch=true -jar target/gongkai.jar \
    --data "$PROBE_DATA" --startup-probe || true
fi
record "$OUT/export-classes.txt" export 1 "$PROBE_DATA/sample.pdf" >/dev/null || true
# one list: each line once, the editor's first (a class before the lambdas that name it)
cat "$OUT/editor-classes.txt" "$OUT/export-classes.txt" 2>/dev/null | awk '!seen[$0]++' > "$CLASSES"
rm -f "$OUT/editor-classes.txt" "$OUT/export-classes.txt"
rm -rf "$PROBE_DATA"

echo "jlink: runtime with the explicit module list of installer/jlink.args"
jlink @installer/jlink.args --output "$OUT/runtime"
# the archive for heaps over 32 GB is never used by a desktop program of this size
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

cp installer/linux/gongkai.desktop "$OUT/resources/gongkai.desktop"
sed -e "s|@CDS_COMMAND@|/opt/gongkai/lib/runtime/bin/java -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile=/opt/gongkai/lib/app/classes.txt -XX:SharedArchiveFile=/opt/gongkai/lib/app/gongkai.jsa -cp /opt/gongkai/lib/app/gongkai.jar|" \
  installer/linux/postinst.in > "$OUT/resources/postinst"
cp installer/linux/prerm "$OUT/resources/prerm"
chmod 755 "$OUT/resources/postinst" "$OUT/resources/prerm"

echo "jpackage: app-image"
jpackage @installer/common.args @installer/launcher.args @installer/linux/app-image.args --name gongkai \
  --input "$OUT/input" --runtime-image "$OUT/runtime" --dest "$OUT"

# jpackage's native Linux launcher asks rpm and dpkg which package owns it before it starts the JVM (0.2 s here,
# seconds on a PC with many packages); a shell script with the same options (its own gongkai.cfg) starts it directly
bash installer/linux/write-launcher.sh "$OUT/gongkai"

# the app-image as built starts with its own class-data-sharing archive, dumped at the path it was built at (a
# JDK 17 archive does not move: moved elsewhere, the image starts without it); the .deb dumps its own at /opt.
# A static archive from the class list, not one recorded at a training run's exit: it also holds the lambdas and
# method-handle forms the list names (a dynamic archive recorded by loading the classes held none: 819 classes
# generated at every start)
echo "cds: app-image archive"
"$OUT/gongkai/lib/runtime/bin/java" -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$OUT/gongkai/lib/app/classes.txt" \
  -XX:SharedArchiveFile="$OUT/gongkai/lib/app/gongkai.jsa" -cp "$OUT/gongkai/lib/app/gongkai.jar" >/dev/null 2>&1 \
  || echo "cds: no archive for the app-image"

if $ONLY_IMAGE; then
  du -sb "$OUT/gongkai" | awk '{printf "app-image: %.1f MiB\n", $1 / 1048576}'
  exit 0
fi

# The .deb is compressed as a whole by xz, which does far better on the jar's classes and fonts stored than on
# their per-entry deflate: the package's app-image copy gets a jar with stored entries (larger on disk once
# installed, a smaller download), and the package is rebuilt with xz -9 extreme.
echo "jpackage: .deb"
DEBIMG="$OUT/deb-image"
rm -rf "$DEBIMG" "$OUT/unjar"
mkdir -p "$DEBIMG" "$OUT/unjar"
cp -r "$OUT/gongkai" "$DEBIMG/gongkai"
rm -f "$DEBIMG/gongkai/lib/app/gongkai.jsa" # recorded at /opt by the package's post-install script
(cd "$OUT/unjar" && unzip -q "../deb-image/gongkai/lib/app/gongkai.jar")
rm "$DEBIMG/gongkai/lib/app/gongkai.jar"
jar --create --no-compress --file "$DEBIMG/gongkai/lib/app/gongkai.jar" \
  --manifest "$OUT/unjar/META-INF/MANIFEST.MF" -C "$OUT/unjar" .
jpackage @installer/common.args @installer/linux/deb.args --name gongkai \
  --app-image "$DEBIMG/gongkai" --resource-dir "$OUT/resources" --dest "$OUT/deb-build"
DEB=$(ls "$OUT"/deb-build/*.deb)
dpkg-deb -R "$DEB" "$OUT/deb-tree"
fakeroot dpkg-deb -Zxz -z9 -Sextreme -b "$OUT/deb-tree" "$OUT/$(basename "$DEB")" > /dev/null
rm -rf "$DEBIMG" "$OUT/unjar" "$OUT/deb-build" "$OUT/deb-tree"

du -sh "$OUT/gongkai" "$OUT"/*.deb
du -sb "$OUT/gongkai" | awk '{printf "app-image: %.1f MiB\n", $1 / 1048576}'
ls -l "$OUT"/*.deb | awk '{printf ".deb: %.1f MiB (%d bytes)\n", $5 / 1048576, $5}'

# Portable Windows zip for PCs that already have Java 17 (the .msi/.exe need a Windows PC: installer/README.md):
# the program's own classes, its libraries, and JavaFX built for Windows instead of Linux
echo "portable Windows zip"
FX=$(sed -n "s:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p" pom.xml)
WIN="$OUT/gongkai-windows-portable"
rm -rf "$WIN"
mkdir -p "$WIN/lib"
mvn -q -B -Dstyle.color=never dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
  -DoutputDirectory="$WIN/lib"
for m in base graphics controls; do
  mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.openjfx:javafx-$m:$FX:jar:win" -DoutputDirectory="$WIN/lib"
done
jar --create --file "$WIN/lib/gongkai-app.jar" -C target/classes .
cp installer/windows/gongkai.bat installer/windows/README.txt "$WIN/"
(cd "$OUT" && rm -f gongkai-windows-portable.zip && zip -qr gongkai-windows-portable.zip gongkai-windows-portable)
rm -rf "$WIN"
ls -l "$OUT/gongkai-windows-portable.zip" | awk '{printf "Windows portable zip: %.1f MiB\n", $5 / 1048576}'
