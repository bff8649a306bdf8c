#!/usr/bin/env bash
# The production launch needs no source tree: unzips target/career-compass-*-dist.zip into a temporary directory,
# starts portal.sh from there on 127.0.0.1 (class archive trained on the way), checks a page, the readiness probe and
# that the start logged no WARN or ERROR, then stops it by PID and removes the directory.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PORT=${DIST_PORT:-18095}
ZIP=$(ls target/career-compass-*-dist.zip | head -1)
WORK=$(mktemp -d /tmp/portal-dist.XXXXXX)
APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
(cd "$WORK" && unzip -q "$OLDPWD/$ZIP")
cd "$WORK"
career-compass/portal.sh --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; echo "the unzipped launch died" >&2; exit 1; }
  sleep 0.25
done
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/roles/data-scientist")
warnings=$(grep -c -E ' (WARN|ERROR) ' "$WORK/app.log" || true)
echo "unzipped $(basename "$ZIP") to $WORK, portal.sh: /roles/data-scientist $status, $warnings WARN/ERROR lines at start"
[ "$status" = 200 ] && [ "$warnings" = 0 ] || { cat "$WORK/app.log"; exit 1; }
