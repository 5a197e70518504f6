#!/usr/bin/env bash
# Replaces jpackage's native launcher of an app-image (bin/gongkai) by a POSIX shell script that starts the
# bundled runtime with the same options, read from the image's lib/app/gongkai.cfg (made from installer/launcher.args):
# the native launcher asks rpm and dpkg which package owns it before the JVM starts.
#   installer/linux/write-launcher.sh APP-IMAGE-DIR
set -euo pipefail
image=$1
cfg="$image/lib/app/gongkai.cfg"
main=$(sed -n 's/^app.mainclass=//p' "$cfg")
opts=""
while IFS= read -r o; do
  opts="$opts \"$o\""
done < <(sed -n 's/^java-options=//p' "$cfg")
cat > "$image/bin/gongkai" <<SCRIPT
#!/bin/sh
# Starts Gongkai (预算公开编制助手) with its bundled Java runtime and the options of lib/app/gongkai.cfg.
self=\$(readlink -f "\$0")
home=\${self%/bin/*}
APPDIR="\$home/lib/app"
exec "\$home/lib/runtime/bin/java"$opts -cp "\$APPDIR/gongkai.jar" $main "\$@"
SCRIPT
chmod 755 "$image/bin/gongkai"
