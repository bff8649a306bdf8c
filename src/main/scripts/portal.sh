#!/usr/bin/env bash
# The production launch (docs/operations.md): the packaged jar, unpacked the way Spring Boot recommends for
# class-data sharing, started with the JVM flags of jvm-flags (beside this script) and a class archive trained once
# per jar and JDK:
#   JDK 17 to 23: a CDS archive (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile)
#   JDK 24 and later: an AOT cache (-XX:AOTCacheOutput, then -XX:AOTCache), which also keeps linked classes
# The training run is Spring Boot's: the application starts and exits once its context is refreshed
# (-Dspring.context.exit=onRefresh), on the embedded H2, listening nowhere.
#
# It needs no source tree: ./mvnw package also writes target/career-compass-<version>-dist.zip, which holds
# career-compass/{portal.sh, jvm-flags, the jar}; unzip it anywhere and run career-compass/portal.sh. From a checkout
# it runs as src/main/scripts/portal.sh with target/'s jar.
#
#   portal.sh [application arguments]     e.g. --server.port=8080 --portal.base-url=https://…
#   portal.sh --prepare                   unpack and train only (before starting several at once)
#
# JAVA: the java to use (default: java on the PATH). PORTAL_JAR: the jar (default: the one beside this script, else
# the checkout's target/career-compass-*.jar). PORTAL_FLAGS: the JVM flags file (default: jvm-flags beside this
# script). PORTAL_HOME: where the unpacked jar and archives live (default: portal/<jar's hash> beside the jar). The
# archive is rebuilt when the jar changes; a JDK that cannot use it just starts without it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

JAVA=${JAVA:-java}
beside=$(ls "$here"/career-compass-*.jar 2>/dev/null | head -1 || true)
JAR=${PORTAL_JAR:-${beside:-$here/../../../target/career-compass-0.1.0-SNAPSHOT.jar}}
read -r -a FLAGS <"${PORTAL_FLAGS:-$here/jvm-flags}"
[ -f "$JAR" ] || { echo "no $JAR: build it first (./mvnw -B -DskipTests package)" >&2; exit 1; }
sum=$(sha256sum "$JAR" | cut -d' ' -f1)
HOME_DIR=${PORTAL_HOME:-$(dirname "$JAR")/portal/${sum:0:12}}

major=$("$JAVA" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1") ? v[2] : v[1]; exit }')
app="$HOME_DIR/$(basename "$JAR")"
stamp="$HOME_DIR/jar.sha256"
if [ ! -f "$app" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  rm -rf "$HOME_DIR"; mkdir -p "$HOME_DIR"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$HOME_DIR" >/dev/null
  echo "$sum" >"$stamp"
fi

# Training keeps every flag but the metaspace cap: the AOT cache cannot be written under it.
TRAIN_FLAGS=()
for flag in "${FLAGS[@]}"; do [[ $flag == -XX:MaxMetaspaceSize=* ]] || TRAIN_FLAGS+=("$flag"); done
QUIET=(-Xlog:cds=off)
if [ "$major" -ge 24 ]; then
  QUIET=(-Xlog:cds=off -Xlog:aot=off)
  archive="$HOME_DIR/app-jdk$major.aot"; train=(-XX:AOTCacheOutput="$archive"); use=(-XX:AOTCache="$archive")
else
  archive="$HOME_DIR/app-jdk$major.jsa"; train=(-XX:ArchiveClassesAtExit="$archive"); use=(-XX:SharedArchiveFile="$archive")
fi
if [ ! -f "$archive" ]; then
  echo "Training the class archive for JDK $major (once per jar and JDK, about 20 s)..." >&2
  if ! "$JAVA" "${TRAIN_FLAGS[@]}" "${train[@]}" "${QUIET[@]}" -Dspring.context.exit=onRefresh \
      -jar "$app" --server.port=0 --server.address=127.0.0.1 --spring.profiles.active=default \
      >"$HOME_DIR/training.log" 2>&1 || [ ! -f "$archive" ]; then
    echo "class archive training failed (see $HOME_DIR/training.log); starting without it" >&2
    use=()
  fi
fi

[ "${1:-}" = --prepare ] && exit 0
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
exec "$JAVA" "${FLAGS[@]}" "${use[@]}" "${QUIET[@]}" -jar "$app" "$@"
