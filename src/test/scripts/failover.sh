#!/usr/bin/env bash
# Failover on loopback: one PostgreSQL, two portal instances, nginx in front, wrk loading the comparison page.
# First instance A is killed with SIGKILL (loss reported, bounded by one request per connection), then, A back,
# instance B is stopped gracefully (SIGTERM): the client must see no failed request. Also checks that a quiz result rendered by A is
# byte-identical through both, and that the survivor alone still serves every page. Bounded in time; stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../../.."
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

PG_PORT=${FAILOVER_PG_PORT:-55433}; A_PORT=18281; B_PORT=18282; LB_PORT=18280
WORK=$(mktemp -d /tmp/portal-failover.XXXXXX); chmod 755 "$WORK"
A_PID=""; B_PID=""; NGINX_PID=""
cleanup() {
  for pid in "$A_PID" "$B_PID" "$NGINX_PID"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait_gone "$pid" || true
  done
  bash src/test/scripts/postgres.sh stop "$WORK/pg" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/career-compass-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package
JAR=target/career-compass-0.1.0-SNAPSHOT.jar
bash src/test/scripts/postgres.sh start "$WORK/pg" "$PG_PORT"

# The documented launch (docs/operations.md): src/main/scripts/portal.sh, and the public address for absolute links.
src/main/scripts/portal.sh --prepare
start_instance() {
  SPRING_PROFILES_ACTIVE=postgres PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal" PORTAL_JAR="$JAR" \
    src/main/scripts/portal.sh --server.port="$1" --server.address=127.0.0.1 \
    --portal.base-url=https://careers.example.org >"$WORK/$2.log" 2>&1 &
  echo $!
}
# The instances are not this shell's children (started in a command substitution): wait for them by polling.
wait_gone() {
  for _ in $(seq 1 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  echo "process $1 did not stop in 30 s" >&2; return 1
}
wait_ready() {
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness")" = 200 ] && return 0
    sleep 0.1
  done
  echo "instance on $1 never became ready" >&2; return 1
}
A_PID=$(start_instance $A_PORT a)
B_PID=$(start_instance $B_PORT b)
wait_ready $A_PORT; wait_ready $B_PORT
echo "instances ready: A (pid $A_PID) on $A_PORT, B (pid $B_PID) on $B_PORT, PostgreSQL on $PG_PORT"

cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp; proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp;
  uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  # Limits of docs/operations.md: whole headers in 10 s, bodies up to 16 KB in 10 s, nothing slower.
  client_header_timeout 10s;
  client_body_timeout 10s;
  client_max_body_size 16k;
  large_client_header_buffers 4 8k;
  send_timeout 10s;
  upstream portal {
    server 127.0.0.1:$A_PORT max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$B_PORT max_fails=1 fail_timeout=2s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      # Set here, never passed on from the client.
      proxy_set_header X-Forwarded-Host \$host;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_connect_timeout 1s;
      proxy_read_timeout 10s;
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
    }
  }
}
NGINX
mkdir -p "$WORK/tmp"
/usr/sbin/nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$LB_PORT/" && break; sleep 0.05; done

QUIZ="/quiz/result?v=2&production=5&statistics=2&deeplearning=3&present=2&software=5&dataset=2&performance=5&business=2&platform=4&gpu=3&sql=2&languages=4&realtime=4&mlfocus=4&background=software"
# Absolute links come from portal.base-url, so any Host gives the same bytes; send a forged one to prove it.
HOST='Host: evil.example'
curl -fsS -H "$HOST" -H 'Accept-Language: fr' "http://127.0.0.1:$A_PORT$QUIZ" >"$WORK/quiz-a.html"
curl -fsS -H "$HOST" -H 'Accept-Language: fr' "http://127.0.0.1:$B_PORT$QUIZ" >"$WORK/quiz-b.html"
if ! cmp -s "$WORK/quiz-a.html" "$WORK/quiz-b.html"; then echo "FAILED: quiz result differs between instances" >&2; exit 1; fi
if grep -q 'evil.example' "$WORK/quiz-a.html"; then echo "FAILED: the forged Host reached a link" >&2; exit 1; fi
echo "quiz result through A and through B: byte-identical ($(wc -c <"$WORK/quiz-a.html") bytes)"
for path in / /roles/data-scientist /compare/data-scientist-vs-machine-learning-engineer /sources /quiz; do
  for lang in en fr; do
    a=$(curl -fsS -H "$HOST" -H "Accept-Language: $lang" "http://127.0.0.1:$A_PORT$path" | md5sum)
    b=$(curl -fsS -H "$HOST" -H "Accept-Language: $lang" "http://127.0.0.1:$B_PORT$path" | md5sum)
    [ "$a" = "$b" ] || { echo "FAILED: $path ($lang) differs between instances" >&2; exit 1; }
  done
done
echo "five pages in two languages: byte-identical on both instances"

# Load: the comparison page (about 64 KB, the largest), through nginx, 16 connections.
PAGE=/compare/machine-learning-engineer-vs-data-scientist
load() { # $1 = name: runs wrk for 12 s in the background, its pid in WRK_PID
  timeout 60 wrk -t2 -c16 -d12s --latency "http://127.0.0.1:$LB_PORT$PAGE" >"$WORK/wrk-$1.txt" &
  WRK_PID=$!
}
failed() { # $1 = name: failed requests of that run (socket errors and non-2xx/3xx)
  awk '/Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 } /Non-2xx or 3xx/ { e += $5 } END { print e + 0 }' \
    "$WORK/wrk-$1.txt"
}
requests() { awk '/requests in/ { print $1 }' "$WORK/wrk-$1.txt"; }

# 1. SIGKILL, honestly reported: a response already on its way when the process dies is cut, and nginx cannot
# retry what the client has started to receive. At most one request per connection can be lost that way; the
# run fails above that, and says what it lost below it.
load kill
sleep 4
kill -9 "$A_PID"; wait_gone "$A_PID"; A_PID=""
if curl -s -o /dev/null "http://127.0.0.1:$A_PORT/"; then echo "FAILED: instance A still answers" >&2; exit 1; fi
echo "instance A killed with SIGKILL mid-run (its port no longer answers)"
wait "$WRK_PID"
cat "$WORK/wrk-kill.txt"
lost=$(failed kill); total=$(requests kill)
if [ "${total:-0}" -eq 0 ] || [ "$lost" -gt 16 ]; then echo "FAILED: SIGKILL lost $lost of ${total:-0} requests (bound: 16, one per connection)" >&2; exit 1; fi
echo "SIGKILL: $lost lost of $total requests of $PAGE (a response cut mid-write cannot be retried; bound 16)"
grep -c 'prematurely closed' "$WORK/nginx-error.log" | sed 's/^/nginx saw upstream responses cut: /' || true

# 2. A planned stop (SIGTERM, Spring Boot's graceful shutdown): A finishes what it has started and takes no
# more; nginx sends the rest to the other instance. Nothing may be lost.
A_PID=$(start_instance $A_PORT a2); wait_ready $A_PORT
curl -fsS -o /dev/null "http://127.0.0.1:$A_PORT$PAGE"
echo "instance A restarted (pid $A_PID); now B is stopped gracefully mid-run"
load drain
sleep 4
kill -TERM "$B_PID"; wait_gone "$B_PID"; B_PID=""
if curl -s -o /dev/null "http://127.0.0.1:$B_PORT/"; then echo "FAILED: instance B still answers" >&2; exit 1; fi
wait "$WRK_PID"
cat "$WORK/wrk-drain.txt"
lost=$(failed drain); total=$(requests drain)
if [ "$lost" -ne 0 ] || [ "${total:-0}" -eq 0 ]; then echo "FAILED: graceful stop lost $lost of ${total:-0} requests" >&2; exit 1; fi
echo "graceful stop: 0 failed of $total requests of $PAGE through nginx while B drained and stopped"

status=0
for path in / /roles /roles/machine-learning-engineer /roles/data-scientist /roles/software-engineer /roles/ai-engineer \
    /roles/data-engineer /sources /compare /compare/machine-learning-engineer-vs-data-scientist /quiz "$QUIZ" \
    /actuator/health/readiness; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT$path")
  [ "$code" = 200 ] || { echo "FAILED: $path answered $code after failover" >&2; status=1; }
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/roles/nobody")" = 404 ] || status=1
curl -fsS -H "$HOST" -H 'Accept-Language: fr' "http://127.0.0.1:$LB_PORT$QUIZ" | cmp -s - "$WORK/quiz-a.html" || { echo "FAILED: result changed" >&2; status=1; }
[ "$status" -eq 0 ] && echo "instance A alone serves every page; the quiz result is unchanged"
exit "$status"
