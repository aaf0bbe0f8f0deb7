#!/usr/bin/env bash
# Builds a self-contained Sahifa for this OS: a trimmed Java runtime (jlink, Arabic and English locale data only)
# and an application image with a launcher (jpackage), in target/dist/Sahifa. Needs a full JDK 17+ with jmods
# (on Debian: openjdk-17-jdk and openjdk-17-jmods). Usage: scripts/package.sh [app-image|deb|rpm|dmg|msi|exe]
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
if [ ! -d "$jdk/jmods" ]; then
  echo "package.sh: $jdk has no jmods folder; jlink needs a JDK with jmods (Debian: apt-get install openjdk-17-jmods)" >&2
  exit 2
fi
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1 | sed 's/-SNAPSHOT//')"
[ -f target/sahifa.jar ] || ./mvnw -B -ntp -q -DskipTests package
rm -rf target/runtime target/dist target/dist-input
mkdir -p target/dist-input
cp target/sahifa.jar target/dist-input/
# java.desktop for JavaFX's AWT bridges, jdk.charsets for windows-1256 files, jdk.crypto.ec for HTTPS feeds,
# jdk.unsupported for JavaFX and Lucene, jdk.localedata trimmed to Arabic and English.
"$jdk/bin/jlink" --module-path "$jdk/jmods" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.unsupported \
  --include-locales=ar,en --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime
"$jdk/bin/jpackage" --type "$type" --name Sahifa --app-version "$version" \
  --description "Arabic news reader: offline reading, search by any spelling, bookmarks" \
  --vendor Sahifa --copyright "Apache-2.0" \
  --input target/dist-input --main-jar sahifa.jar --main-class org.sahifa.Main \
  --runtime-image target/runtime --dest target/dist \
  $( [ "$type" = app-image ] || echo --license-file LICENSE )
echo "built target/dist ($type); runtime $(du -sh target/runtime | cut -f1)"
