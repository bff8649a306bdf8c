#!/usr/bin/env bash
# The README's run command stops cleanly: starts ./mvnw spring-boot:run on 127.0.0.1, waits for readiness, sends
# SIGINT to its process group as Ctrl-C in a terminal would, and expects Maven to end with exit 0 and BUILD SUCCESS
# (it used to end with BUILD FAILURE). Stops everything it started by PID, also on failure.
set -euo pipefail
set -m # job control: the background job gets its own process group and keeps the default SIGINT action
cd "$(dirname "$0")/../../.."
PORT=${RUN_STOP_PORT:-18096}
LOG=$(mktemp /tmp/run-stop.XXXXXX.log)
./mvnw -B -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --server.address=127.0.0.1" \
  -Dspring-boot.run.jvmArguments="-XX:TieredStopAtLevel=1" >"$LOG" 2>&1 &
RUN_PID=$!
cleanup() { kill -KILL -- "-$RUN_PID" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && break
  kill -0 "$RUN_PID" 2>/dev/null || { cat "$LOG"; echo "spring-boot:run died before it was ready" >&2; exit 1; }
  sleep 0.25
done
kill -INT -- "-$RUN_PID"
code=0
wait "$RUN_PID" || code=$?
trap - EXIT
failure=$(grep -c 'BUILD FAILURE' "$LOG" || true)
echo "spring-boot:run stopped by Ctrl-C (SIGINT): exit $code, $failure BUILD FAILURE lines"
[ "$code" = 0 ] && [ "$failure" = 0 ] || { tail -40 "$LOG"; exit 1; }
rm -f "$LOG"
