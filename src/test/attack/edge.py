#!/usr/bin/env python3
"""Edge suite: the documented deployment, two instances behind src/main/nginx/portal.conf (copied unchanged), against
what one crowd, one pool of spellings or one client could do to it.

    python3 src/test/attack/edge.py [--full] [--only NAME ...] [--jar JAR]

Each case runs against 127.0.0.1 only, bounded in seconds, asserts its figure and prints what it measured; then both
instances must be the same processes and answer / within 1 s. Load comes from wrk (src/test/attack/load.lua counts
answers by status) and slowhttptest. nginx's limits are per client address and wrk cannot choose its source address,
so the test's own listen file (the deployer's portal-listen.conf) lets 127.0.0.1 name its client in X-Test-Address
(nginx's realip module): "8 addresses" are 8 wrk processes, each naming one. Cases that hold connections open bind
real source addresses in 127/8 instead. Short mode (what .ci/run runs) takes about nine minutes. Everything started
here is stopped by PID, also on failure. ATTACK_NGINX_CONF runs another configuration (to watch an old one fail).
"""
import argparse
import os
import re
import resource
import selectors
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attack  # noqa: E402 (the instance, nginx and request helpers)
from attack import Failure, Instance, Nginx, get, probe_loop  # noqa: E402

LOAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "load.lua")
CACHED = "/compare/machine-learning-engineer-vs-data-scientist"
# The pages load.lua reads in its "pages" mode.
PAGES = ("/", "/roles", "/roles/data-scientist", "/roles/machine-learning-engineer", CACHED, "/quiz", "/skills-check",
         "/sources")
# The deployer's listen file as docs/operations.md writes it (a server_name: an empty one would switch off every
# limit keyed by it), and the test's one addition, realip.
LISTEN = "server_name careers.example;\nset_real_ip_from 127.0.0.1;\nreal_ip_header X-Test-Address;\n"
QUIZ_BODY = attack.json.dumps({"version": 2, "answers": attack.QUIZ_ANSWERS}).encode()
# Under a render flood the old generation ran nearly full: 16 to 22 full collections a minute (docs/operations.md).
FULL_COLLECTIONS_PER_MINUTE = 6
# Pages served from memory answer within a few ms; a reader waiting for renders behind an attack waits seconds.
READER_P99_MS = 1000
# What an instance set aside or unreachable writes in nginx's error log.
EJECTION = ("no live upstreams", "temporarily disabled", "upstream timed out", "connect() failed")


class Edge:
    """Two instances and nginx in front, as docs/operations.md deploys them."""

    def __init__(self, work, port):
        self.instances = [Instance(port, work, name="a"), Instance(port + 1, work, name="b")]
        self.pids = [i.pid for i in self.instances]
        self.nginx = Nginx(work, port + 100, [port, port + 1], listen_extra=LISTEN)
        self.url = "http://127.0.0.1:%d" % self.nginx.port

    def warm(self, *paths):
        """Each instance renders the pages once, as readers before a crowd would have had them rendered."""
        for instance in self.instances:
            for path in paths:
                get(instance.port, path, headers={"Accept-Language": "en"})

    def error_log(self):
        path = os.path.join(self.nginx.dir, "error.log")
        return open(path, errors="replace").read() if os.path.exists(path) else ""

    def ejections(self, since):
        return [line for line in self.error_log()[since:].splitlines() if any(e in line for e in EJECTION)]

    def nginx_rss_mib(self):
        """The resident memory of nginx's workers, together."""
        total = 0
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open("/proc/%s/stat" % pid) as stat:
                        if int(stat.read().rsplit(")", 1)[1].split()[1]) != self.nginx.process.pid:
                            continue
                    with open("/proc/%s/status" % pid) as status:
                        total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
                except (OSError, StopIteration, ValueError, IndexError):
                    pass
        return total // 1024

    def healthy(self, label):
        for instance, pid in zip(self.instances, self.pids):
            attack.assert_healthy(instance, pid, label)
        status, _, seconds = get(self.nginx.port, "/", headers={"Accept-Language": "en"}, timeout=5)
        if status != 200 or seconds > 1.0:
            raise Failure("%s: GET / through nginx answered %s in %.2f s" % (label, status, seconds))

    def stop(self):
        self.nginx.stop()
        for instance in self.instances:
            instance.stop()


def wrk(url, connections, seconds, *args, address=None, threads=1, language="en"):
    """A wrk process (started, not waited for) counting answers by status."""
    command = ["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency", "--timeout", "5s",
               "-H", "Accept-Language: " + language, "-s", LOAD]
    if address:
        command += ["-H", "X-Test-Address: " + address]
    return subprocess.Popen(command + [url, "--"] + list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True)


def finish(processes, seconds):
    """Waits for wrk processes; returns (statuses, socket errors by kind, worst p99 in ms, their outputs)."""
    statuses, errors, p99, outputs = {}, {}, 0.0, []
    for process in processes:
        try:
            out = process.communicate(timeout=seconds + 60)[0]
        except subprocess.TimeoutExpired:
            process.kill()
            out = process.communicate()[0]
        outputs.append(out)
        for line in out.splitlines():
            if line.startswith("statuses "):
                for pair in line.split()[1:]:
                    code, count = pair.split("=")
                    statuses[int(code)] = statuses.get(int(code), 0) + int(count)
            elif line.startswith("errors "):
                for pair in line.split()[1:]:
                    kind, count = pair.split("=")
                    if int(count):
                        errors[kind] = errors.get(kind, 0) + int(count)
        p99 = max(p99, attack.wrk_ms(out, "99%"))
    return statuses, errors, p99, outputs


def crowd(edge, full, connections):
    """Keep-alive connections from 8 addresses on a cached page for 60 s: served or refused fast (429 beyond an
    address's 100 requests), never 502, and nginx never sets a healthy instance aside."""
    edge.warm(CACHED)
    since, seconds = len(edge.error_log()), 60
    processes = [wrk(edge.url + CACHED, connections // 8, seconds, address="10.8.0.%d" % (k + 1))
                 for k in range(8)]
    statuses, errors, p99, _ = finish(processes, seconds)
    ejected = edge.ejections(since)
    total = sum(statuses.values())
    if statuses.get(502, 0) or statuses.get(504, 0) or ejected or not statuses.get(200):
        raise Failure("crowd %d: statuses %s, socket errors %s, nginx: %s" % (connections, statuses, errors,
                                                                              ejected[:3]))
    return {"connections": connections, "requests": total, "statuses": statuses, "socket_errors": errors,
            "p99_ms": p99, "ejections": 0}


def render_flood(edge, full):
    """8 addresses ask 256 connections' worth of distinct results (a render each) for 30 s, while another address
    reads a cached page: the renders are answered or refused with the busy page (503), never 502, and the reader
    loses at most 1% of its requests."""
    edge.warm(CACHED)
    since, seconds = len(edge.error_log()), 30
    collections = [full_collections(pid) for pid in edge.pids]
    flood = [wrk(edge.url + "/", 32, seconds, "misses", address="10.9.0.%d" % (k + 1)) for k in range(8)]
    time.sleep(2)
    probe = wrk(edge.url + CACHED, 8, seconds - 6, address="10.9.9.9")
    probe_statuses, probe_errors, probe_p99, _ = finish([probe], seconds)
    statuses, errors, _, _ = finish(flood, seconds)
    per_minute = max(round((full_collections(pid) - before) * 60 / seconds) for pid, before in zip(edge.pids,
                                                                                                  collections))
    probed = sum(probe_statuses.values())
    lost = probed - probe_statuses.get(200, 0) + sum(probe_errors.values())
    ejected = edge.ejections(since)
    if set(statuses) - {200, 503} or ejected or probed == 0 or lost > 0.01 * probed:
        raise Failure("render flood: flood statuses %s, reader lost %d of %d, nginx: %s"
                      % (statuses, lost, probed, ejected[:3]))
    if per_minute > FULL_COLLECTIONS_PER_MINUTE:
        raise Failure("render flood: %d full collections a minute on one instance (bound %d)"
                      % (per_minute, FULL_COLLECTIONS_PER_MINUTE))
    return {"flood_statuses": statuses, "reader_requests": probed, "reader_lost": lost, "reader_p99_ms": probe_p99,
            "full_gcs_per_min": per_minute}


def full_collections(pid):
    """How many full collections the JVM has run (jstat's FGC), or 0 where jstat is missing."""
    jstat = shutil.which("jstat")
    if not jstat:
        return 0
    lines = subprocess.run([jstat, "-gc", str(pid)], capture_output=True, text=True).stdout.split("\n")
    try:
        return int(lines[1].split()[lines[0].split().index("FGC")])
    except (IndexError, ValueError):
        return 0


def spellings(edge, full, pool):
    """A pool of spellings of the pages (escaped letters), asked for in turn by 8 addresses x 16 connections for 60 s
    while readers read the pages themselves: no reader gets a 503 or waits long (a spelling kept as a page of its own
    would push the pages out of the cache, and every reader would wait for a render behind the spellings)."""
    seconds = 60
    edge.warm(*PAGES)
    attackers = [wrk(edge.url + "/", 16, seconds, "spellings", str(pool), address="10.5.0.%d" % (k + 1))
                 for k in range(8)]
    time.sleep(1)
    readers = wrk(edge.url + "/", 4, seconds - 2, "pages", address="10.5.9.9")
    read, read_errors, read_p99, _ = finish([readers], seconds)
    spelled, _, _, _ = finish(attackers, seconds)
    if set(read) - {200} or read_errors or not read or read_p99 > READER_P99_MS:
        raise Failure("spellings (%d): readers got %s (socket errors %s, p99 %.0f ms, bound %d); the spellings got %s"
                      % (pool, read, read_errors, read_p99, READER_P99_MS, spelled))
    return {"pool": pool, "spelled_requests": sum(spelled.values()), "spelled_statuses": spelled,
            "reader_requests": sum(read.values()), "reader_503": read.get(503, 0), "reader_p99_ms": read_p99}


def slow_headers(edge, full, count=10000):
    """One address (127.0.0.1) holds 10,000 connections whose headers never end, reopening each one nginx closes
    (its header time-out); another address (127.0.0.2) reads /roles every 0.1 s and loses at most 1%. nginx's
    memory at the peak is reported."""
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    if hard != resource.RLIM_INFINITY and hard < count + 100:
        print("  slow-headers   SKIPPED LOUDLY: this machine's file limit (%d) cannot hold %d connections "
              "(docs/operations.md)" % (hard, count), flush=True)
        return {"skipped": "file limit %d" % hard}
    seconds = 40
    stop = threading.Event()
    held = {"now": 0, "peak": 0, "opened": 0, "refused": 0}
    holder = threading.Thread(target=hold_headers, args=(edge.nginx.port, count, stop, held), daemon=True)
    holder.start()
    peak_rss = 0
    try:
        deadline = time.time() + 15
        while held["now"] < 0.9 * count and time.time() < deadline:
            time.sleep(0.5)
        sampler_stop = time.time() + seconds - 10
        results = {}
        prober = threading.Thread(target=lambda: results.update(zip(("ok", "failed", "slowest"),
                                                                    probe_loop(edge.nginx.port, seconds - 10))),
                                  daemon=True)
        prober.start()
        while time.time() < sampler_stop:
            peak_rss = max(peak_rss, edge.nginx_rss_mib())
            time.sleep(1)
        prober.join(30)
    finally:
        stop.set()
        holder.join(30)
    ok, failed, slowest = results.get("ok", 0), results.get("failed", 0), results.get("slowest", 0.0)
    if failed > 0.01 * (ok + failed) or ok == 0:
        raise Failure("slow headers: the probe from 127.0.0.2 lost %d of %d (%d connections held by 127.0.0.1)"
                      % (failed, ok + failed, held["peak"]))
    if held["peak"] < 0.9 * count:
        raise Failure("slow headers: only %d of %d connections held at once (the attack did not reach its size)"
                      % (held["peak"], count))
    return {"held_peak": held["peak"], "opened": held["opened"], "probe": "%d/%d ok" % (ok, ok + failed),
            "slowest_s": round(slowest, 2), "nginx_rss_peak_mib": peak_rss}


def hold_headers(port, count, stop, held):
    """Keeps `count` connections from 127.0.0.1 that sent a request line and one header and nothing more; a
    connection nginx closes (after its header time-out) is opened again at once."""
    selector = selectors.DefaultSelector()

    def open_one():
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=2)
            s.sendall(b"GET / HTTP/1.1\r\nHost: careers.example\r\n")
            s.setblocking(False)
            selector.register(s, selectors.EVENT_READ)
            held["opened"] += 1
            return True
        except OSError:
            held["refused"] += 1
            return False

    try:
        while not stop.is_set():
            missing = count - len(selector.get_map())
            for _ in range(min(missing, 2000)):
                if stop.is_set() or not open_one():
                    break
            held["now"] = len(selector.get_map())
            held["peak"] = max(held["peak"], held["now"])
            for key, _ in selector.select(timeout=0.2):
                selector.unregister(key.fileobj)
                key.fileobj.close()
    finally:
        for key in list(selector.get_map().values()):
            key.fileobj.close()
        selector.close()


def raw_status(port, request, source="127.0.0.3"):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0)) as s:
            s.sendall(request)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            return int(data.split(b" ")[1]), data
    except (OSError, IndexError, ValueError):
        return 0, b""


def raw_answer(port, request, source="127.0.0.3"):
    """The status and the whole answer to a request sent as bytes (the request asks for the connection's close)."""
    data = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0)) as s:
            s.sendall(request)
            while len(data) < 1 << 20:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
    except OSError:
        pass  # a server that refuses a body may reset the connection once it has answered
    try:
        return int(data.split(b" ")[1]), data
    except (IndexError, ValueError):
        return 0, data


def quiet_refusals(edge, full, work):
    """What a client gets refused for writes nothing in nginx's error log: over-size and chunked bodies, bodies where
    none is taken, malformed requests, over-long addresses, the hidden actuator. nginx's own answers carry the same
    security headers as the portal's pages. A real fault (no instance reachable) is still logged."""
    repeat = 200 if full else 50
    long_path = "/roles?x=" + "a" * 17000
    cases = [
        ("body to a page", b"POST /roles HTTP/1.1\r\nHost: x\r\nContent-Length: 20000\r\nConnection: close\r\n\r\n", 413),
        ("body to a page, GET", b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
         413),
        ("over-size quiz body", b"POST /api/v1/quiz/results HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                b"Content-Length: 16385\r\nConnection: close\r\n\r\n{", 413),
        ("10 MB quiz body", b"POST /api/v1/quiz/results HTTP/1.1\r\nHost: x\r\nContent-Length: 10485760\r\n"
                            b"Connection: close\r\n\r\n{", 413),
        ("chunked quiz body", b"POST /api/v1/quiz/results HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                              b"Connection: close\r\n\r\n5\r\n{\"a\":\r\n", 411),
        ("chunked page body", b"POST /roles HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close"
                              b"\r\n\r\n1\r\na\r\n0\r\n\r\n", 413),
        ("malformed header", b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n", 400),
        ("over-long address", ("GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n" % long_path).encode(), 414),
        ("actuator", b"GET /actuator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),
        ("internal page", b"GET /.edge/error HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 404),
    ]
    before, figures, answers = len(edge.error_log()), {}, {}
    for label, request, expected in cases:
        codes = [raw_status(edge.nginx.port, request)[0] for _ in range(repeat)]
        answers[label] = raw_status(edge.nginx.port, request)[1]
        if set(codes) != {expected}:
            raise Failure("quiet refusals: %s answered %s (want %d)" % (label, sorted(set(codes)), expected))
        figures[label] = codes[0]
    time.sleep(0.5)
    grown = edge.error_log()[before:]
    if grown:
        raise Failure("quiet refusals: nginx's error log grew by %d bytes:\n%s" % (len(grown), grown[:600]))
    # The security headers of a page, by name and value, on each of nginx's own answers.
    page = raw_status(edge.nginx.port, b"GET /roles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")[1]
    wanted = {line.split(b":")[0].strip().lower() for line in page.split(b"\r\n")[1:]
              if line.split(b":")[0].strip().lower() in SECURITY_HEADERS}
    if len(wanted) != len(SECURITY_HEADERS):
        raise Failure("quiet refusals: a page lacks security headers: %s" % sorted(wanted))
    for label, answer in answers.items():
        names = {line.split(b":")[0].strip().lower() for line in answer.split(b"\r\n")[1:]}
        if wanted - names:
            raise Failure("quiet refusals: nginx's %s answer lacks %s" % (label, sorted(wanted - names)))
    # A real fault is still written: nginx in front of an address where nothing listens.
    dead = Nginx(work, edge.nginx.port + 1, [edge.nginx.port + 2], name="nginx-dead", wait=False)
    try:
        status = get(dead.port, "/", timeout=10)[0]
        time.sleep(0.3)
        path = os.path.join(dead.dir, "error.log")
        fault = open(path, errors="replace").read() if os.path.exists(path) else ""
    finally:
        dead.stop()
    if status != 502 or "connect() failed" not in fault:
        raise Failure("quiet refusals: with no instance up nginx answered %s and logged %r" % (status, fault[:200]))
    return {"kinds": len(cases), "requests": repeat * len(cases), "error_log_bytes": 0,
            "security_headers": len(wanted), "fault_logged_bytes": len(fault)}


SECURITY_HEADERS = {b"content-security-policy", b"x-content-type-options", b"x-frame-options", b"referrer-policy",
                    b"permissions-policy", b"cross-origin-opener-policy"}


def quiz_post(port, source="127.0.0.3", address=None):
    headers = {"Content-Type": "application/json", "Accept-Language": "en"}
    if address:
        headers["X-Test-Address"] = address
    try:
        connection = attack.http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
        connection.request("POST", "/api/v1/quiz/results", body=QUIZ_BODY, headers=headers)
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status
    except (OSError, attack.http.client.HTTPException):
        return 0


def quiz_beside_pages(edge, full):
    """An address with many page requests under way (a school behind one address) still posts the quiz."""
    seconds = 15
    pages = wrk(edge.url + "/", 16, seconds, "misses", address="10.7.0.1")
    time.sleep(2)
    posted, deadline = [], time.time() + seconds - 4
    while time.time() < deadline and len(posted) < 20:
        posted.append(quiz_post(edge.nginx.port, source="127.0.0.1", address="10.7.0.1"))
        time.sleep(0.3)
    page_statuses, _, _, _ = finish([pages], seconds)
    if set(posted) != {200}:
        raise Failure("quiz beside pages: the address's quiz POSTs got %s while its pages got %s"
                      % ({s: posted.count(s) for s in set(posted)}, page_statuses))
    return {"quiz_posts": len(posted), "quiz_200": posted.count(200), "pages_meanwhile": sum(page_statuses.values())}


def beside_trickles(edge, seconds, subnet, addresses, each, head, byte, other, count=20):
    """Holds addresses x each connections trickling one body each (head, then a byte every 2 s) for the given
    seconds, and meanwhile calls other() up to count times from another address: how many were held once all had
    started, and what other() returned each time. Every connection and thread is closed before it returns."""
    stop, held = time.time() + seconds, []

    def trickle(source):
        try:
            s = socket.create_connection(("127.0.0.1", edge.nginx.port), timeout=5, source_address=(source, 0))
            s.sendall(head)
            held.append(s)
            while time.time() < stop:
                time.sleep(2)
                s.sendall(byte)
        except OSError:
            pass

    threads = [threading.Thread(target=trickle, args=("%s.%d" % (subnet, a + 1),), daemon=True)
               for a in range(addresses) for _ in range(each)]
    for thread in threads:
        thread.start()
    time.sleep(4)
    open_then, results = len(held), []
    while time.time() < stop - 2 and len(results) < count:
        results.append(other())
        time.sleep(0.5)
    for thread in threads:
        thread.join(10)
    for s in held:
        s.close()
    return open_then, results


def trickled_bodies(edge, full, addresses=68, each=4):
    """68 addresses each trickle 4 quiz bodies (a byte every 2 s); meanwhile another client's POSTs succeed."""
    open_then, posted = beside_trickles(
        edge, 20, "127.0.1", addresses, each,
        b"POST /api/v1/quiz/results HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 16000\r\n\r\n{", b" ", lambda: quiz_post(edge.nginx.port, source="127.0.0.3"))
    if set(posted) != {200}:
        raise Failure("trickled bodies: %d trickling connections from %d addresses; another client's quiz POSTs "
                      "got %s" % (open_then, addresses, {s: posted.count(s) for s in set(posted)}))
    return {"trickling": open_then, "addresses": addresses, "other_posts": len(posted), "other_200": posted.count(200)}


AD_FORM = urllib.parse.urlencode({"text": "Machine Learning Engineer. You will deploy PyTorch models with "
                                                  "Docker and Kubernetes, build CI/CD pipelines and monitor models "
                                                  "in production. Python and SQL required."}).encode()


def ad_post(port, source="127.0.0.3", body=AD_FORM, path="/job-ad"):
    """Posts a pasted ad as the form does; the status and where the answer sends the reader."""
    try:
        connection = attack.http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(source, 0))
        connection.request("POST", path, body=body, headers={"Accept-Language": "en",
                                                            "Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        page = response.read()
        connection.close()
        return response.status, response.getheader("Location") or "", page
    except (OSError, attack.http.client.HTTPException):
        return 0, "", b""


def text_bodies(edge, full, addresses=40, each=4):
    """The three pasted-text addresses through nginx: an ad is read (303 to its result), a body over nginx's 160 KB
    is refused from its length without a word in the error log, a text over the reader's 20,000 characters gets the
    portal's own localized 413 page; 40 addresses each trickle 4 ad bodies (a byte every 2 s) and another reader's
    ads are still read."""
    status, location, _ = ad_post(edge.nginx.port)
    if status != 303 or not location.startswith("/job-ad/result?"):
        raise Failure("text bodies: an ad through nginx answered %s to %r (want 303 to its result)" % (status, location))
    before = len(edge.error_log())
    over = 160 * 1024 + 1
    for path in ("/job-ad", "/skills-check/from-cv", "/api/v1/job-ad"):
        code, answer = raw_answer(edge.nginx.port, ("POST %s HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n"
                                                   "Connection: close\r\n\r\ntext=" % (path, over)).encode())
        # nginx's own answer, not the portal's (whose pages name the portal): the body never reached an instance.
        if code != 413 or b"Career Compass" in answer or b"nginx" not in answer:
            raise Failure("text bodies: %d bytes to %s answered %s, not nginx's 413: %r" % (over, path, code, answer[-200:]))
    long_text = urllib.parse.urlencode({"text": "python " * 5000}).encode()
    status, _, page = ad_post(edge.nginx.port, body=long_text)
    if status != 413 or b"20,000" not in page.replace(b"\xe2\x80\xaf", b","):
        raise Failure("text bodies: 35,000 characters answered %s without the reader's own limit page" % status)
    time.sleep(0.3)
    if edge.error_log()[before:]:
        raise Failure("text bodies: refusals wrote in nginx's error log: %s" % edge.error_log()[before:][:400])
    open_then, read = beside_trickles(
        edge, 30 if full else 20, "127.0.2", addresses, each,
        b"POST /job-ad HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: 150000\r\n\r\ntext=", b"a", lambda: ad_post(edge.nginx.port, source="127.0.0.3")[0])
    if set(read) != {303}:
        raise Failure("text bodies: %d trickling ad bodies from %d addresses; another reader's ads got %s"
                      % (open_then, addresses, {s: read.count(s) for s in set(read)}))
    return {"over_160k_refused": 3, "reader_limit_413": 1, "trickling": open_then, "addresses": addresses,
            "other_ads": len(read), "other_303": read.count(303)}


def cases(full, work):
    listed = [("crowd-300", lambda e: crowd(e, full, 300)), ("crowd-1000", lambda e: crowd(e, full, 1000)),
              ("render-flood", lambda e: render_flood(e, full)),
              ("spellings-300", lambda e: spellings(e, full, 300)),
              ("spellings-100k", lambda e: spellings(e, full, 100000)),
              ("quiet-refusals", lambda e: quiet_refusals(e, full, work)),
              ("quiz-beside", lambda e: quiz_beside_pages(e, full)),
              ("trickled", lambda e: trickled_bodies(e, full)),
              ("text-bodies", lambda e: text_bodies(e, full)),
              ("slow-headers", lambda e: slow_headers(e, full))]
    return listed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--port", type=int, default=18480)
    parser.add_argument("--jar", help="another build to attack (default: target/)")
    args = parser.parse_args()
    attack.JAR = os.path.abspath(args.jar or attack.JAR)
    for tool in ("wrk", "slowhttptest", "/usr/sbin/nginx"):
        if not shutil.which(tool):
            if os.environ.get("CI") == "true":
                sys.exit("edge suite: %s is not installed (CI=true: a failure, not a skip)" % tool)
            print("edge suite SKIPPED LOUDLY: %s is not installed" % tool)
            return
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))
    if not os.path.exists(attack.JAR):
        subprocess.run([os.path.join(attack.ROOT, "mvnw"), "-B", "-q", "-DskipTests", "package"], cwd=attack.ROOT,
                       check=True)
    work = tempfile.mkdtemp(prefix="portal-edge.")
    os.chmod(work, 0o755)
    listed = cases(args.full, work)
    chosen = set(args.only or [name for name, _ in listed])
    print("Edge suite (%s mode): two instances of %s behind %s" % (
        "full" if args.full else "short", os.path.relpath(attack.JAR, attack.ROOT),
        os.environ.get("ATTACK_NGINX_CONF", "src/main/nginx/portal.conf")), flush=True)
    subprocess.run(["bash", attack.LAUNCH, "--prepare"], check=True, env=dict(os.environ, PORTAL_JAR=attack.JAR))
    edge, failures = None, []
    try:
        edge = Edge(work, args.port)
        for name, run in listed:
            if name not in chosen:
                continue
            started = time.time()
            try:
                figures = run(edge)
                edge.healthy(name)
                attack.report(name, **figures, seconds=round(time.time() - started))
            except Failure as failure:
                failures.append(str(failure))
                print("  %-14s FAILED: %s" % (name, failure), flush=True)
                if any(i.process.poll() is not None for i in edge.instances):
                    break
                time.sleep(12)  # an instance nginx set aside comes back after fail_timeout
    finally:
        if edge:
            edge.stop()
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("FAILED: %d edge case(s)" % len(failures), file=sys.stderr)
        sys.exit(1)
    print("Every edge case held: no 502, no instance set aside, nothing logged per refusal.")


if __name__ == "__main__":
    main()
