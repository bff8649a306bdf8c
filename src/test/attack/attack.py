#!/usr/bin/env python3
"""Attack suite: what an anonymous client can do to one instance, launched as docs/operations.md says.

    python3 src/test/attack/attack.py [--full] [--only NAME ...] [--jar JAR] [--port PORT]

Each attack runs against 127.0.0.1 only, bounded in requests and seconds, then asserts that the instance is the
same process (same PID, not exited, not hung) and answers a legitimate GET / with 200 within 1 s. It prints what it
sent, the errors it saw and the instance's RSS before and after. Short mode (the default, what .ci/run runs) takes
about three minutes; --full (docs/security.md) about ten. The db-down attack needs PostgreSQL (it starts its own
throwaway cluster with src/test/scripts/postgres.sh) and is skipped with a warning without it, unless CI=true.
Everything started here is stopped by PID, also on failure.
"""
import argparse
import http.client
import json
import re
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
JAR = os.path.join(ROOT, "target", "career-compass-0.1.0-SNAPSHOT.jar")
FLAGS = open(os.path.join(ROOT, "src", "main", "scripts", "jvm-flags")).read().split()
LAUNCH = os.path.join(ROOT, "src", "main", "scripts", "portal.sh")
# What each attack sends, in full and short mode: docs/generated/attack.md is written from this file
# (AttackSizesDocTests), so the docs never quote a size.
SIZES = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sizes.json")))


def sized(name, full):
    return SIZES[name]["full" if full else "short"]


QUIZ = ("/quiz/result?v=2&production=2&statistics=5&deeplearning=3&present=5&software=2&dataset=4"
        "&performance=1&business=5&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3&background=stats")
QUIZ_ANSWERS = {"present": "4", "production": "5", "statistics": "2", "software": "5", "dataset": "3",
                "performance": "5", "deeplearning": "4", "business": "2", "languages": "4", "sql": "2",
                "mlfocus": "5", "gpu": "4", "platform": "4", "realtime": "0", "background": "software"}


class Failure(Exception):
    pass


class Instance:
    """One portal process with the documented launch flags, on a port of 127.0.0.1."""

    def __init__(self, port, work, env=None, name="portal"):
        self.port, self.log = port, os.path.join(work, name + ".log")
        environment = dict(os.environ, MALLOC_ARENA_MAX="2", PORTAL_JAR=JAR, **(env or {}))
        with open(self.log, "wb") as log:
            # The documented launch; it execs java, so the process is the JVM itself.
            self.process = subprocess.Popen(["bash", LAUNCH, "--server.port=%d" % port,
                                             "--server.address=127.0.0.1"], stdout=log, stderr=subprocess.STDOUT,
                                            env=environment)
        deadline = time.time() + 180
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise Failure("instance exited at start:\n" + self.tail())
            if get(port, "/actuator/health/readiness", timeout=2)[0] == 200:
                return
            time.sleep(0.2)
        raise Failure("instance not ready after 180 s:\n" + self.tail())

    @property
    def pid(self):
        return self.process.pid

    def rss_mib(self):
        try:
            with open("/proc/%d/status" % self.pid) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) // 1024
        except OSError:
            return -1
        return -1

    def log_bytes(self):
        return os.path.getsize(self.log)

    def tail(self, lines=30):
        with open(self.log, errors="replace") as log:
            return "".join(log.readlines()[-lines:])

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def get(port, path, method="GET", headers=None, body=None, timeout=5.0):
    """(status, body bytes, seconds); status 0 when the request failed."""
    start = time.time()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        chunked = "Transfer-Encoding" in (headers or {})
        connection.request(method, path, body=body, headers=headers or {}, encode_chunked=chunked)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, data, time.time() - start
    except (OSError, http.client.HTTPException):
        return 0, b"", time.time() - start


def assert_healthy(instance, pid, label):
    """The same process, alive, answering / with 200 within 1 s."""
    if instance.process.poll() is not None:
        raise Failure("%s: the instance EXITED (code %s), it did not hang:\n%s"
                      % (label, instance.process.returncode, instance.tail()))
    if instance.pid != pid:
        raise Failure("%s: another process" % label)
    status, _, seconds = get(instance.port, "/", headers={"Accept-Language": "en"}, timeout=5)
    if status != 200 or seconds > 1.0:
        raise Failure("%s: GET / after the attack answered %s in %.2f s (process %s alive, "
                      "not answering within 1 s)" % (label, status, seconds, pid))
    return seconds


def parallel(count, threads, seconds, work):
    """Runs work(i) for i < count on `threads` threads, stopping at `seconds`; returns the results."""
    results, lock, next_index = [], threading.Lock(), [0]
    deadline = time.time() + seconds

    def worker():
        while time.time() < deadline:
            with lock:
                i = next_index[0]
                if i >= count:
                    return
                next_index[0] += 1
            outcome = work(i)
            with lock:
                results.append(outcome)

    pool = [threading.Thread(target=worker, daemon=True) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(seconds + 30)
    return results


def report(name, **figures):
    print("  %-14s %s" % (name, "  ".join("%s=%s" % item for item in figures.items())), flush=True)


# --- the attacks: each returns a dict of figures and raises Failure when a bound does not hold ---

def cache_flood(instance, full):
    """Unique query strings near the 16 KB request-line limit: unknown parameters, and known ones with junk values;
    every third one a distinct valid skills-check result (a 35 KB page the cache may keep)."""
    size = sized("cache-flood", full)
    count = size["requests"]
    tail = "A" * size["query_filler_bytes"]
    codes = "123456789abcdefg"  # skill ids 1 to 16 in base 36

    def one(i):
        if i % 3 == 0:
            have = ".".join(codes[k] for k in range(16) if (i >> k) & 1)
            return get(instance.port, "/skills-check/result?v=3&have=%s&utm_source=%d" % (have, i), timeout=10)[0]
        path = ("/roles?x=%d&y=%s" % (i, tail)) if i % 2 else ("/quiz?present=%d%s" % (i, "B" * 900))
        return get(instance.port, path, timeout=10)[0]

    start = time.time()
    statuses = parallel(count, size["threads"], size["seconds_at_most"], one)
    elapsed = time.time() - start
    errors = sum(1 for s in statuses if s != 200)
    if errors:
        raise Failure("cache flood: %d of %d requests failed" % (errors, len(statuses)))
    return {"requests": len(statuses), "req_per_s": round(len(statuses) / elapsed), "errors": errors,
            "mb_sent": round(len(statuses) * 8500 / 1e6)}


def big_json(instance, full):
    """10 MB JSON bodies (524 K keys) to the one endpoint that reads a body, with a length and chunked."""
    size = sized("big-json", full)
    body = ("{\"version\":2,\"answers\":{" + ",".join("\"k%d\":\"1\"" % i for i in range(size["keys_per_body"]))
            + "}}").encode()
    count = size["requests"]

    def one(i):
        headers = {"Content-Type": "application/json"}
        if i % 2:
            headers["Transfer-Encoding"] = "chunked"
            payload = iter([body[j:j + 65536] for j in range(0, len(body), 65536)])
            return get(instance.port, "/api/v1/quiz/results", "POST", headers, payload, timeout=20)[0]
        return get(instance.port, "/api/v1/quiz/results", "POST", headers, body, timeout=20)[0]

    statuses = parallel(count, 4, 120, one)
    answered = [s for s in statuses if s != 0]
    if any(s not in (413,) for s in answered):
        raise Failure("big JSON: statuses %s" % sorted(set(answered)))
    status, data, _ = get(instance.port, "/api/v1/quiz/results?lang=en", "POST", {"Content-Type": "application/json"},
                          json.dumps({"version": 2, "answers": QUIZ_ANSWERS}).encode())
    if status != 200 or b"resultPage" not in data:
        raise Failure("big JSON: a legitimate POST afterwards answered %s" % status)
    return {"requests": len(statuses), "mb_sent": round(len(statuses) * len(body) / 1e6),
            "answered_413": answered.count(413), "cut_off": len(statuses) - len(answered)}


def slowloris(instance, full):
    """Connections that never finish their headers: one more header line every 3 s."""
    count, seconds = sized("slowloris", full)["connections"], sized("slowloris", full)["seconds"]
    sockets, refused = [], 0
    for i in range(count):
        try:
            s = socket.create_connection(("127.0.0.1", instance.port), timeout=2)
            s.sendall(b"GET /?slow=%d HTTP/1.1\r\nHost: 127.0.0.1\r\n" % i)
            sockets.append(s)
        except OSError:
            refused += 1
    deadline, lines = time.time() + seconds, 0
    while time.time() < deadline:
        for s in list(sockets):
            try:
                s.sendall(b"X-Slow: %d\r\n" % lines)
                lines += 1
            except OSError:
                sockets.remove(s)
        time.sleep(3)
    still_open = len(sockets)
    for s in sockets:
        s.close()
    time.sleep(1)
    return {"connections": count, "refused_at_connect": refused, "header_lines": lines,
            "open_at_end": still_open}


def slow_bodies(instance, full):
    """Bodies that trickle in (a byte every 2 s, under the 5 s read timeout) on 60 connections, and oversized
    Content-Length announcements; meanwhile legitimate page requests must keep being answered."""
    size = sized("slow-bodies", full)
    connections, seconds = size["connections"], size["seconds"]
    stop = time.time() + seconds
    outcomes = []

    def trickle(i):
        try:
            s = socket.create_connection(("127.0.0.1", instance.port), timeout=30)
            length = size["announced_bytes"] if i % 4 == 0 else 16000
            s.sendall(b"POST /api/v1/quiz/results HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      b"Content-Length: %d\r\n\r\n" % length)
            answer = b""
            while time.time() < stop:
                s.settimeout(2)
                try:
                    chunk = s.recv(4096)
                    if not chunk:
                        break
                    answer += chunk
                    if b"\r\n\r\n" in answer:
                        break
                except socket.timeout:
                    s.sendall(b"{")
            s.close()
            return answer.split(b" ")[1].decode() if answer.startswith(b"HTTP/1.1") else "open"
        except OSError:
            return "closed"

    threads = [threading.Thread(target=lambda i=i: outcomes.append(trickle(i)), daemon=True)
               for i in range(connections)]
    for thread in threads:
        thread.start()
    time.sleep(2)
    legit, slow_answers = 0, []
    while time.time() < stop - 1:
        status, _, took = get(instance.port, "/roles/data-scientist", timeout=5)
        legit += 1
        if status != 200 or took > 1.0:
            slow_answers.append((status, round(took, 2)))
        time.sleep(0.5)
    for thread in threads:
        thread.join(40)
    if slow_answers:
        raise Failure("slow bodies: legitimate requests during the attack failed or took > 1 s: %s" % slow_answers)
    counts = {code: outcomes.count(code) for code in sorted(set(outcomes))}
    return {"connections": connections, "outcomes": counts, "legit_during": legit, "legit_failed": 0}


def big_form(instance, full):
    """Form POSTs of 10, 60 and 120 KB to a page: refused small, never copied into the page, never a stack trace."""
    count, kbs = sized("big-form", full)["requests"], sized("big-form", full)["body_kb"]
    log_before = instance.log_bytes()
    sizes, statuses = [], []
    for i in range(count):
        size = kbs[i % len(kbs)] * 1000
        status, data, _ = get(instance.port, "/roles?lang=en", "POST",
                              {"Content-Type": "application/x-www-form-urlencoded"},
                              ("lang=" + "x" * size).encode(), timeout=10)
        statuses.append(status)
        sizes.append(len(data))
        if status in (0, 500) or len(data) > 20_000:
            raise Failure("big form: %d KB body gave %s with a %d-byte page" % (size // 1000, status, len(data)))
    grown = instance.log_bytes() - log_before
    if grown > 20_000:
        raise Failure("big form: the log grew by %d bytes" % grown)
    return {"requests": count, "statuses": {s: statuses.count(s) for s in sorted(set(statuses))},
            "largest_page_bytes": max(sizes), "log_growth_bytes": grown}


def job_ad_texts(instance, full):
    """The three addresses that read a pasted text (docs/job-ad.md): 1 MB refused from its length, unread; binary and
    wordless bodies a 400; 20,000 characters of one word read in time; JSON nested 40,000 deep a 400; nothing logged."""
    size = sized("job-ad", full)
    rounds, big = size["rounds"], size["oversized_bytes"]
    log_before = instance.log_bytes()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    as_json = {"Content-Type": "application/json"}
    one_word = "python " * size["repeated_word_times"]
    nested = "[" * size["json_depth"] + "]" * size["json_depth"]
    cases = [
        ("1 MB form", "/job-ad", form, b"text=" + b"a" * big, (413,), 1.0),
        ("1 MB CV", "/skills-check/from-cv", form, b"text=" + b"a" * big, (413,), 1.0),
        ("1 MB JSON", "/api/v1/job-ad", as_json, b'{"text":"' + b"a" * big + b'"}', (413,), 1.0),
        ("binary", "/job-ad", form, bytes(range(256)) * 400, (400,), 1.0),
        ("one word x 20,000 chars", "/job-ad", form, ("text=" + one_word.replace(" ", "+")).encode(), (303,), 1.0),
        ("one word, API", "/api/v1/job-ad", as_json, json.dumps({"text": one_word}).encode(), (200,), 1.0),
        ("nested JSON", "/api/v1/job-ad", as_json, ('{"text":' + nested + "}").encode(), (400,), 1.0),
    ]
    timings = {}
    for label, path, headers, body, expected, bound in cases:
        worst = 0.0
        for _ in range(rounds):
            status, data, seconds = get(instance.port, path + "?lang=en", "POST", headers, body, timeout=10)
            if status not in expected:
                raise Failure("job ad, %s: %s instead of %s" % (label, status, expected))
            if b"Exception" in data or b"at com." in data:
                raise Failure("job ad, %s: a stack trace in the answer" % label)
            worst = max(worst, seconds)
        if worst > bound:
            raise Failure("job ad, %s: %.2f s, over %.1f s" % (label, worst, bound))
        timings[re.sub("[^a-z0-9]+", "_", label.lower()).strip("_")] = "%.3f" % worst
    grown = instance.log_bytes() - log_before
    if grown > 0:
        raise Failure("job ad: the log grew by %d bytes:\n%s" % (grown, instance.tail(10)))
    return dict(requests=rounds * len(cases), log_growth_bytes=grown, **{"worst_s_" + k: v for k, v in timings.items()})


def head_requests(instance, full):
    """HEAD is served from the page cache, as fast as GET (it was 16 vs 2,178 req/s on the comparison page)."""
    count = sized("head", full)["requests_per_round"]
    path = "/compare/machine-learning-engineer-vs-data-scientist"

    def rate(method):
        connection = http.client.HTTPConnection("127.0.0.1", instance.port, timeout=10)
        start = time.time()
        for _ in range(count):
            connection.request(method, path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise Failure("%s %s answered %s" % (method, path, response.status))
        connection.close()
        return count / (time.time() - start)

    rate("GET")
    head, get_rate = rate("HEAD"), rate("GET")
    if head < 0.5 * get_rate:
        raise Failure("HEAD at %.0f req/s against GET at %.0f: not served from the cache" % (head, get_rate))
    return {"requests": 3 * count, "head_per_s": round(head), "get_per_s": round(get_rate)}


def log_budget(instance, full):
    """Every request of the red team's report, repeated: no 5xx, no log line for a 4xx, at most one per 2xx or 3xx."""
    size = sized("log-budget", full)
    repeat = size["repeats"]
    many_params = "&".join("a%d=1" % i for i in range(size["parameters"]))
    fifty = ",".join("x%d;q=0.%d" % (i, 1 + i % 8) for i in range(size["accept_language_ranges"] - 2)) \
        + ",*;q=0.1,fr;q=0.95"
    cases = [("/api/v1/roles/a%sb" % c, {}) for c in "|{}^`[]<>\\"]
    cases += [("/roles/a%sb" % c, {}) for c in "|{}^`[]<>\\"]
    cases += [("/api/v1/roles?role=%s" % c, {}) for c in "|{}^`[]<>\\"]
    cases += [("/", {"Accept-Language": "en,fr,de,es,it,pt,nl,sv,da,fi,no"}), ("/css/site.css", {"Accept-Language": fifty}),
              ("/api/v1/roles", {"Accept-Language": fifty}), ("/v3/api-docs?" + many_params, {}),
              ("/v3/api-docs?a=%ZZ", {}), ("/swagger-ui.html?" + many_params, {}), ("/api/v1/roles", {"Accept": "foo"}),
              ("/", {"Accept": "foo"}), ("/actuator/health?" + many_params, {}),
              ("/", {"Cookie": "lang=fr-!; lang=\"x\"; =;"}), ("/roles?lang=fr%20x", {"Cookie": "lang=fr-!"})]
    get(instance.port, "/v3/api-docs")  # its first generation logs one line, once per process
    sent, statuses, over = 0, {}, []
    for path, headers in cases:
        before = instance.log_bytes()
        codes = []
        for _ in range(repeat):
            status = raw(instance.port, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%sConnection: close\r\n\r\n"
                         % (path, "".join("%s: %s\r\n" % item for item in headers.items())))
            codes.append(status)
        sent += repeat
        time.sleep(0.05)
        grown = instance.log_bytes() - before
        for code in codes:
            statuses[code] = statuses.get(code, 0) + 1
        allowed = sum(LOG_LINE for code in codes if 200 <= code < 400)
        if any(code == 0 or code >= 500 for code in codes) or grown > allowed:
            over.append("%s %s: statuses %s, log +%d bytes (allowed %d)" % (path[:60], headers, sorted(set(codes)),
                                                                          grown, allowed))
    # OPTIONS * is answered by Tomcat itself; it must carry the security headers.
    answer = raw_answer(instance.port, "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    if b"Content-Security-Policy" not in answer:
        over.append("OPTIONS * without security headers")
    redirect = raw_answer(instance.port, "GET /compare?a=machine-learning-engineer&b=data-scientist HTTP/1.0\r\n"
                                         "Host: evil.example\r\n\r\n")
    if b"evil.example" in redirect:
        over.append("a redirect took its Location from Host")
    if over:
        raise Failure("log budget: " + "; ".join(over))
    return {"requests": sent, "statuses": statuses, "log_growth_4xx_bytes": 0}


def language_poisoning(instance, full):
    """Tampered lang values and cookies first, on pages nobody read yet; then plain readers get their language."""
    poison = [("fr%20x", "fr-!", "en"), ("en%20x", "en-!", "fr"), ("fr_x", "de", "en"), ("FR", "fr-CA-x-!", "en"),
              ("%66r", "fr;", "en"), ("fr-", "", "en,fr,de,es,it,pt,nl,sv,da,fi,no"), ("", "fr-!", "en")]
    codes, checked = "123456789ab", 0
    for i, (lang, cookie, accept) in enumerate(poison):
        for path in ("/skills-check/result?v=3&have=%s.f.g.h" % codes[i], "/", "/roles"):
            for _ in range(2):
                headers = {"Accept-Language": accept}
                if cookie:
                    headers["Cookie"] = "lang=" + cookie
                get(instance.port, path + ("&" if "?" in path else "?") + "lang=" + lang, headers=headers)
            for reader, expected in (({"Accept-Language": "en"}, b'<html lang="en"'),
                                     ({"Accept-Language": "fr-FR,fr;q=0.9"}, b'<html lang="fr"'),
                                     ({"Accept-Language": "en", "Cookie": "lang=fr"}, b'<html lang="fr"')):
                status, body, _ = get(instance.port, path, headers=reader)
                checked += 1
                if status != 200 or expected not in body:
                    raise Failure("language: %s read as %s after lang=%s, cookie %s: %s" % (path, reader, lang, cookie,
                                                                                         body[:80]))
    return {"poisoning_requests": len(poison) * 6, "reads_checked": checked, "wrong_language": 0}


def render_flood(instance, full):
    """256 connections ask for distinct valid results (each a render); a cached page keeps its p99."""
    if not shutil.which("wrk"):
        if os.environ.get("CI") == "true":
            raise Failure("render flood: wrk is not installed (CI=true)")
        return {"skipped": "wrk not installed"}
    page = "/compare/machine-learning-engineer-vs-data-scientist"
    get(instance.port, page, headers={"Accept-Language": "en"})
    script = os.path.join(ROOT, "src", "test", "bench", "misses.lua")
    size = sized("render-flood", full)
    seconds = size["seconds"]
    flood = subprocess.Popen(["wrk", "-t2", "-c%d" % size["connections"], "-d%ds" % seconds, "-s", script,
                              "http://127.0.0.1:%d/" % instance.port], stdout=subprocess.PIPE, text=True)
    try:
        time.sleep(2)
        probe = subprocess.run(["wrk", "-t1", "-c%d" % size["probe_connections"], "-d%ds" % (seconds - 4), "--latency", "-H", "Accept-Language: en",
                                "http://127.0.0.1:%d%s" % (instance.port, page)], capture_output=True, text=True,
                               timeout=seconds + 30).stdout
    finally:
        out = flood.communicate(timeout=seconds + 30)[0]
    p99 = wrk_ms(probe, "99%")
    total, refused = wrk_count(out, "requests in"), wrk_count(out, "Non-2xx or 3xx responses:")
    probe_errors = wrk_count(probe, "Non-2xx or 3xx responses:")
    if probe_errors or p99 > RENDER_FLOOD_P99_MS:
        raise Failure("render flood: cached page p99 %.1f ms (bound %d), %d non-2xx" % (p99, RENDER_FLOOD_P99_MS,
                                                                                       probe_errors))
    return {"flood_requests": total, "rendered": total - refused, "refused_503": refused,
            "renders_per_s": round((total - refused) / seconds), "cached_p99_ms": p99, "cached_p50_ms":
                wrk_ms(probe, "50%")}


def wrk_ms(output, label):
    for line in output.splitlines():
        parts = line.split()
        if parts and parts[0] == label:
            value = parts[1]
            for suffix, factor in (("us", 0.001), ("ms", 1.0), ("s", 1000.0)):
                if value.endswith(suffix):
                    return round(float(value[:-len(suffix)]) * factor, 2)
    return float("inf")


def wrk_count(output, label):
    for line in output.splitlines():
        if label in line:
            return int(line.strip().split()[0] if label == "requests in" else line.split(":")[1])
    return 0


def raw(port, request):
    answer = raw_answer(port, request)
    try:
        return int(answer.split(b" ")[1])
    except (IndexError, ValueError):
        return 0


def raw_answer(port, request):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(request.encode("latin-1"))
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    return data
                data += chunk
    except OSError:
        return b""


class Nginx:
    """nginx with the repository's configuration (src/main/nginx/portal.conf), unchanged, in front of instances."""

    def __init__(self, work, port, upstreams, listen_extra="", name="nginx", wait=True):
        self.dir = os.path.join(work, name)
        os.makedirs(os.path.join(self.dir, "tmp"), exist_ok=True)
        # ATTACK_NGINX_CONF: another configuration with the same includes, to watch an older one fail.
        shutil.copy(os.environ.get("ATTACK_NGINX_CONF", os.path.join(ROOT, "src", "main", "nginx", "portal.conf")),
                    os.path.join(self.dir, "portal.conf"))
        with open(os.path.join(self.dir, "portal-local.conf"), "w") as local:
            local.write("error_log %s/error.log;\naccess_log off;\n" % self.dir + "".join(
                "%s_temp_path %s/tmp;\n" % (kind, self.dir) for kind in ("client_body", "proxy", "fastcgi", "uwsgi",
                                                                        "scgi")))
        with open(os.path.join(self.dir, "portal-upstreams.conf"), "w") as servers:
            servers.write("".join("server 127.0.0.1:%d max_fails=3 fail_timeout=10s;\n" % p for p in upstreams))
        with open(os.path.join(self.dir, "portal-listen.conf"), "w") as listen:
            listen.write("listen 127.0.0.1:%d;\n%s" % (port, listen_extra))
        self.port = port
        self.process = subprocess.Popen(["/usr/sbin/nginx", "-p", self.dir, "-c", os.path.join(self.dir, "portal.conf"),
                                         "-g", "daemon off; pid %s/nginx.pid; error_log %s/error.log;"
                                         % (self.dir, self.dir)])
        for _ in range(100 if wait else 0):
            if get(port, "/roles", timeout=2)[0] == 200:
                return
            time.sleep(0.1)
        if wait:
            raise Failure("nginx did not start")
        time.sleep(0.5)

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def probe_loop(port, seconds, source="127.0.0.2"):
    """Reads /roles through nginx from another address every 0.1 s for `seconds`: (ok, failed, slowest seconds)."""
    ok = failed = 0
    slowest = 0.0
    deadline = time.time() + seconds
    while time.time() < deadline:
        start = time.time()
        try:
            probe = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
            probe.settimeout(5)
            probe.sendall(b"GET /roles HTTP/1.0\r\nHost: careers.example\r\nAccept-Language: en\r\n\r\n")
            data = b""
            while True:
                chunk = probe.recv(65536)
                if not chunk:
                    break
                data += chunk
            probe.close()
            good = data.startswith(b"HTTP/1.1 200")
        except OSError:
            good = False
        ok, failed = ok + good, failed + (not good)
        slowest = max(slowest, time.time() - start)
        time.sleep(0.1)
    return ok, failed, slowest


def slow_clients(instance, full, work):
    """Debian's slowhttptest through the documented nginx: slow headers, slow bodies (to a page and to the one
    endpoint that takes one) and slow reads, 2,000 connections for 60 s each, while a probe from another loopback
    address (127.0.0.2: per-address limits do not touch it) reads pages; it may lose at most 1%."""
    if not shutil.which("slowhttptest") or not os.path.exists("/usr/sbin/nginx"):
        if os.environ.get("CI") == "true":
            raise Failure("slow clients: slowhttptest or nginx is not installed (CI=true)")
        return {"skipped": "slowhttptest or nginx not installed"}
    nginx = Nginx(work, instance.port + 100, [instance.port])
    size = sized("slow-clients", full)
    seconds = size["seconds_per_kind"]
    modes = [("headers", ["-H", "-i", "5", "-u", "http://127.0.0.1:%d/" % nginx.port]),
             ("body-page", ["-B", "-i", "5", "-s", "16000", "-u", "http://127.0.0.1:%d/roles" % nginx.port]),
             ("body-api", ["-B", "-i", "5", "-s", "16000", "-t", "POST",
                           "-u", "http://127.0.0.1:%d/api/v1/quiz/results" % nginx.port]),
             ("read", ["-X", "-w", "10", "-y", "20", "-n", "5", "-z", "32", "-k", "3",
                       "-u", "http://127.0.0.1:%d/compare/machine-learning-engineer-vs-data-scientist" % nginx.port])]
    figures = {}
    try:
        for name, flags in modes:
            attack = subprocess.Popen(["slowhttptest", "-c", str(size["connections"]), "-r", "500", "-l", str(seconds), "-p", "3"]
                                      + flags, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                time.sleep(5)
                ok, failed, slowest = probe_loop(nginx.port, seconds - 8)
            finally:
                if attack.poll() is None:
                    attack.terminate()
                    try:
                        attack.wait(15)
                    except subprocess.TimeoutExpired:
                        attack.kill()
                        attack.wait()
            figures[name] = "%d/%d ok, slowest %.2fs" % (ok, ok + failed, slowest)
            if failed > 0.01 * (ok + failed) or ok == 0:
                raise Failure("slow clients (%s): the probe from 127.0.0.2 lost %d of %d requests"
                              % (name, failed, ok + failed))
    finally:
        nginx.stop()
    return figures


def db_down(work, port, full):
    """With PostgreSQL gone, a ready instance that has served nothing yet still serves pages never rendered before
    (within 3 s), an uncached quiz result, and readiness and liveness within 1 s."""
    pg_dir, pg_port = os.path.join(work, "pg"), 55439
    script = os.path.join(ROOT, "src", "test", "scripts", "postgres.sh")
    subprocess.run(["bash", script, "start", pg_dir, str(pg_port)], check=True, stdout=subprocess.DEVNULL)
    instance = None
    try:
        instance = Instance(port, work, {"SPRING_PROFILES_ACTIVE": "postgres",
                                         "PORTAL_DB_URL": "jdbc:postgresql://127.0.0.1:%d/portal" % pg_port}, "pg")
        pid, rss_before = instance.pid, instance.rss_mib()
        subprocess.run(["bash", script, "stop", pg_dir], check=True)
        checks = {}
        # Probes within 1 s; pages never rendered before within 3 s (their first rendering compiles templates on a
        # cold JVM; before the start stopped depending on the database they waited 30 s for the database and failed).
        for label, path, bound in (("readiness", "/actuator/health/readiness", 1.0),
                                   ("liveness", "/actuator/health/liveness", 1.0), ("home", "/", 3.0),
                                   ("profile", "/roles/machine-learning-engineer", 3.0), ("quiz", QUIZ, 3.0)):
            status, _, seconds = get(port, path, timeout=10)
            checks[label] = "%s/%.2fs" % (status, seconds)
            if status != 200 or seconds > bound:
                raise Failure("db down: %s answered %s in %.2f s (bound %.0f s)" % (path, status, seconds, bound))
        # The database's health is checked in the background every 2 s: reported down within a few seconds, every
        # answer at once (it held a request thread for a 1 s connection wait before the connection wait was cut), and one log line for
        # the change of state, not one stack trace per request (about 25 KB each before).
        log_before, status, slowest, asked = instance.log_bytes(), 0, 0.0, 0
        deadline = time.time() + 10
        while time.time() < deadline:
            status, _, seconds = get(port, "/actuator/health", timeout=5)
            slowest, asked = max(slowest, seconds), asked + 1
            if status == 503 and asked >= sized("db-down", full)["health_asks_at_least"]:
                break
            time.sleep(0.1)
        grown = instance.log_bytes() - log_before
        checks["health"] = "%s after %d asks, slowest %.2fs, log +%d B" % (status, asked, slowest, grown)
        if status != 503 or slowest > 0.5 or grown > 2 * LOG_LINE:
            raise Failure("db down: /actuator/health answered %s (want 503), slowest %.2f s (bound 0.5 s), log grew "
                          "%d bytes over %d asks (bound: one line):\n%s" % (status, slowest, grown, asked, instance.tail(8)))
        assert_healthy(instance, pid, "db down")
        return {"pid": pid, "rss_before_mib": rss_before, "rss_after_mib": instance.rss_mib(), **checks}
    finally:
        if instance:
            instance.stop()
        subprocess.run(["bash", script, "stop", pg_dir], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


ATTACKS = [("log-budget", log_budget), ("language", language_poisoning), ("cache-flood", cache_flood),
           ("big-json", big_json), ("slowloris", slowloris), ("slow-bodies", slow_bodies), ("big-form", big_form),
           ("job-ad", job_ad_texts),
           ("head", head_requests), ("render-flood", render_flood), ("slow-clients", None)]

# One line of the portal's log, at most, for a 2xx or 3xx (none is written today; the budget allows one).
LOG_LINE = 300
# Before hits stopped waiting behind renders a cached page took over 1 s in 22 of 48 probes during such a flood; measured since: 86-88 ms.
# The bound leaves room for a noisy shared machine while still failing on queueing.
RENDER_FLOOD_P99_MS = 250


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--port", type=int, default=18380)
    parser.add_argument("--jar", help="another build to attack (default: target/)")
    args = parser.parse_args()
    global JAR
    JAR = os.path.abspath(args.jar or JAR)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, 8192), hard))
    if not os.path.exists(JAR):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="portal-attack.")
    os.chmod(work, 0o755)
    chosen = set(args.only or [name for name, _ in ATTACKS] + ["db-down"])
    mode = "full" if args.full else "short"
    print("Attack suite (%s mode), launch: src/main/scripts/portal.sh (java %s, class archive) on %s"
          % (mode, " ".join(FLAGS), os.path.relpath(JAR, ROOT)))
    subprocess.run(["bash", LAUNCH, "--prepare"], check=True, env=dict(os.environ, PORTAL_JAR=JAR))
    instance, failures = None, []
    try:
        instance = Instance(args.port, work)
        pid = instance.pid
        for name, attack in ATTACKS:
            if name not in chosen:
                continue
            rss_before, started = instance.rss_mib(), time.time()
            try:
                figures = (attack(instance, args.full) if attack else slow_clients(instance, args.full, work))
                took = assert_healthy(instance, pid, name)
                report(name, **figures, seconds=round(time.time() - started), rss_before_mib=rss_before,
                       rss_after_mib=instance.rss_mib(), pid=pid, then_home_s="%.3f" % took)
            except Failure as failure:
                failures.append(str(failure))
                print("  %-14s FAILED: %s" % (name, failure), flush=True)
                if instance.process.poll() is not None:
                    break
        if "db-down" in chosen:
            have_pg = bool(shutil.which("psql")) and any(os.path.exists("/usr/lib/postgresql/%s/bin/initdb" % v)
                                                         for v in os.listdir("/usr/lib/postgresql")
                                                         ) if os.path.isdir("/usr/lib/postgresql") else False
            if have_pg:
                try:
                    report("db-down", **db_down(work, args.port + 1, args.full))
                except Failure as failure:
                    failures.append(str(failure))
                    print("  %-14s FAILED: %s" % ("db-down", failure), flush=True)
            elif os.environ.get("CI") == "true":
                failures.append("db-down: PostgreSQL is not installed (CI=true: a failure, not a skip)")
            else:
                print("  db-down        SKIPPED: PostgreSQL is not installed (src/test/scripts/postgres.sh installs "
                      "it); under CI=true this is a failure", flush=True)
    finally:
        if instance:
            instance.stop()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("FAILED: %d attack(s) left the instance unhealthy" % len(failures), file=sys.stderr)
        sys.exit(1)
    print("All attacks bounded: same PID, / answered 200 within 1 s after each.")


if __name__ == "__main__":
    main()
