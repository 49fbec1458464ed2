"""`make bench`: measure the main pages against the server's own limit, on PostgreSQL with gunicorn.

1. Creates (or reuses) the database ``h_bench``-style target (BENCH_DATABASE_URL, default
   ``kjentmann_bench``), fills it (demo content plus a large data set), runs ``ANALYZE`` and
   records the seed size.
2. Counts each page's SQL queries in-process and times one sign-up through the view
   (django.test.Client, median and p95 over --signups sign-ups).
3. Serves the site with gunicorn (production settings plus tests/bench/urls.py, which adds a
   bare 30 KB view: the limit of this server on this machine). For each round it starts gunicorn
   with ``PAGE_CACHE=off`` (cold) and measures the bare view and every page, then with the page
   cache on (Redis cache flushed first) and measures the bare view and the public pages.
   Every worker is warmed before measuring. The median of the rounds is reported.
4. Sends 100 simultaneous sign-ups over HTTP for a series with 20 seats.

Load comes from ``wrk`` when installed, else from a multi-process Python client; the output says
which. The machine's load average is printed before and after. Everything this needs lives in
tests/bench, so the same bench measures an older checkout unchanged.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kjentmann_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/9"
DEFAULT_BROKER_URL = "redis://127.0.0.1:6379/8"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
SETTINGS = "tests.bench.settings"
BARE = ("bare Django view (30 KB)", "/bench-bare/")
QUICK_PAGES = {"home", "news page", "course series page", "my courses *"}
BURST_SEATS = 20
BURST_SIZE = 100
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("BENCH %d %d %d %f %f %f\\n", summary.requests, summary.duration, errors,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def page_paths() -> list[tuple[str, str]]:
    """The pages to measure: (label, path). Labels ending in "*" are loaded as the demo participant."""
    from courses.models import CourseSeriesPage, ModulePage
    from home.models import NewsPage
    from network.models import Topic

    news_item = NewsPage.objects.live().filter(region__slug="korus-oslo").order_by("-date").first()
    series = CourseSeriesPage.objects.live().filter(slug__startswith="bench-").order_by("pk").first()
    long_topic = Topic.objects.order_by("-reply_count").first()
    module = ModulePage.objects.live().order_by("pk").first()
    return [
        ("home", "/"),
        ("region", "/korus-oslo/"),
        ("news index (national)", "/nyheter/"),
        ("news index (region)", "/korus-oslo/nyheter/"),
        ("news page", news_item.url),
        ("course finder", "/kurs/"),
        ("course finder, filtered", "/kurs/?region=korus-bergen&malgruppe=ungdomsskole"),
        ("course series page", series.url),
        ("series calendar", series.url + "kalender.ics"),
        ("module page *", module.url + "?del=2"),
        ("quiz *", module.url + "quiz/"),
        ("my courses *", "/mine-kurs/"),
        ("forum topic list *", "/nettverk/hele-landet/"),
        ("forum topic list, page 20 *", "/nettverk/hele-landet/?side=20"),
        ("forum topic page *", long_topic.get_absolute_url()),
        ("forum topic page, last *", long_topic.get_absolute_url() + "?side=100"),
    ]


def ensure_database(url: str) -> None:
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin_url = parsed._replace(path="/postgres").geturl()
    try:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as error:
        sys.exit(f"PostgreSQL is needed for the benchmark ({admin_url}): {error}")


def percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]


# In-process: seeding, query counts, one sign-up's server time ---------------------------------


def burst_series(seats: int):
    """A fresh open series with ``seats`` seats for the sign-up measurements (old ones are left alone)."""
    import datetime

    from django.utils import timezone

    from courses.demo import at
    from courses.models import CourseIndexPage, CourseSeriesPage, Gathering, Programme

    today = timezone.localdate()
    start = today + datetime.timedelta(days=60)
    series = CourseSeriesPage(
        title=f"Målekurs {time.time_ns()}",
        slug=f"maal-{time.time_ns()}",
        programme=Programme.objects.get(slug="kjentmann"),
        target_group="begge",
        intro="Kursrekke for måling av påmelding.",
        seats=seats,
        registration_opens=at(today - datetime.timedelta(days=10), 9),
        registration_closes=at(start - datetime.timedelta(days=7), 9),
        venue="Kurssenteret",
    )
    series.gatherings.add(
        Gathering(title="Samling 1", starts_at=at(start, 9), ends_at=at(start, 15), location="Kurssenteret")
    )
    CourseIndexPage.objects.exclude(region=None).order_by("pk").first().add_child(instance=series)
    return CourseSeriesPage.objects.get(pk=series.pk)


def signup_data(n: int, run: str) -> dict[str, str]:
    """The sign-up form's fields for one school (orgnr unique per ``n``) with one participant."""
    from courses.demo import valid_orgnr
    from home.models import Kommune

    return {
        "orgnr": valid_orgnr(f"{96000000 + n}"),
        "school_name": f"Måleskole {n}",
        "kommune": str(Kommune.objects.get(number="0301").pk),
        "school_type": "ungdomsskole",
        "contact_first_name": "Kari",
        "contact_last_name": f"Kontakt{n}",
        "contact_email": f"kontakt-{run}-{n}@bench.test",
        "contact_phone": "",
        "informed": "on",
        "participants-TOTAL_FORMS": "1",
        "participants-INITIAL_FORMS": "0",
        "participants-MIN_NUM_FORMS": "1",
        "participants-MAX_NUM_FORMS": "30",
        "participants-0-first_name": "Deltaker",
        "participants-0-last_name": f"Nummer{n}",
        "participants-0-email": f"deltaker-{run}-{n}@bench.test",
        "participants-0-role": "laerer",
        "submit": "1",
    }


def time_signups(count: int) -> list[float]:
    """Server time (ms) of ``count`` sign-ups through the view, each a new school, contact and participant."""
    from django.test import Client

    series = burst_series(seats=count // 2)
    url = series.url + "pamelding/"
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(url).status_code == 200
    run = str(time.time_ns())
    timings = []
    for n in range(count):
        data = signup_data(n, run)
        started = time.perf_counter()
        response = client.post(url, data)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, (response.status_code, response.content[:2000])
    return timings


def prepare(args) -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tests.bench import seed

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    seed.news(args.news)
    seed.course_series(args.series, 30)
    seed.quiz_attempts(200)
    seed.forum(args.posts)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    from courses.models import CourseSeriesPage, Enrollment
    from home.models import NewsPage
    from korus_site.accounts.models import User
    from network.models import Post

    size = {
        "news items": NewsPage.objects.count(),
        "series": CourseSeriesPage.objects.count(),
        "forum posts": Post.objects.count(),
        "enrollments": Enrollment.objects.count(),
    }

    anonymous = Client(HTTP_HOST="127.0.0.1")
    participant = Client(HTTP_HOST="127.0.0.1")
    # The demo Kjentmann reads the forum and has a dashboard: logged-in pages are measured as that person.
    participant.force_login(User.objects.get(email="kjentmann@skole.test"))
    pages = []
    for label, path in page_paths():
        if args.quick and label not in QUICK_PAGES:
            continue
        client = participant if label.endswith("*") else anonymous
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        pages.append({"label": label, "path": path, "queries": len(queries)})

    signups = time_signups(args.signups)
    burst = burst_series(seats=BURST_SEATS)
    return {
        "size": size,
        "pages": pages,
        "session": participant.cookies["sessionid"].value,
        "signups": signups,
        "burst": {"pk": burst.pk, "url": burst.url + "pamelding/", "data": signup_data(0, "x")},
    }


# Load generation -----------------------------------------------------------------------------


def _python_worker(path, duration, connections, session, queue) -> None:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        mine, failed = [], 0
        headers = {"Host": "127.0.0.1", **({"Cookie": f"sessionid={session}"} if session else {})}
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
                continue
            mine.append((time.perf_counter() - started) * 1000)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    queue.put((latencies, errors))


def load(path: str, duration: float, concurrency: int, session: str | None) -> dict:
    """req/s, p50/p95/p99 (ms) and errors for ``path`` under ``concurrency`` keep-alive connections."""
    if shutil.which("wrk"):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_SCRIPT)
        command = ["wrk", "-t", "2", "-c", str(concurrency), "-d", f"{duration}s", "-s", script.name]
        command += ["-H", "Host: 127.0.0.1"]
        if session:
            command += ["-H", f"Cookie: sessionid={session}"]
        output = subprocess.run(  # noqa: S603
            [*command, f"http://127.0.0.1:{PORT}{path}"], capture_output=True, text=True, check=True
        ).stdout
        os.unlink(script.name)
        match = re.search(r"BENCH (\d+) (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)", output)
        assert match, output
        requests, micros, errors = int(match[1]), int(match[2]), int(match[3])
        return {
            "rps": requests / (micros / 1e6),
            "p50": float(match[4]) / 1000,
            "p95": float(match[5]) / 1000,
            "p99": float(match[6]) / 1000,
            "errors": errors,
        }
    processes = 2
    queue: multiprocessing.Queue = multiprocessing.Queue()
    began = time.monotonic()
    workers = [
        multiprocessing.Process(
            target=_python_worker, args=(path, duration, max(1, concurrency // processes), session, queue)
        )
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    latencies: list[float] = []
    errors = 0
    for _ in workers:
        mine, failed = queue.get()
        latencies += mine
        errors += failed
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - began
    return {
        "rps": len(latencies) / elapsed,
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "errors": errors,
    }


def get(path: str, session: str | None = None) -> tuple[int, dict[str, str]]:
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
    headers = {"Host": "127.0.0.1", **({"Cookie": f"sessionid={session}"} if session else {})}
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, dict(response.getheaders())


def warm(workers: int, pages: list[dict], session: str) -> None:
    """Ask the bare view until every worker answered, then each page ``3 × workers`` times in parallel."""
    seen: set[str] = set()
    deadline = time.monotonic() + 120
    while len(seen) < workers and time.monotonic() < deadline:
        threads = []
        for _ in range(workers * 2):
            thread = threading.Thread(target=lambda: seen.add(get(BARE[1])[1].get("X-Bench-Worker", "")))
            thread.start()
            threads.append(thread)
        for thread in threads:
            thread.join()
    for page in pages:
        threads = [
            threading.Thread(target=get, args=(page["path"], session if page["label"].endswith("*") else None))
            for _ in range(workers * 3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start")


def start_gunicorn(env: dict, workers: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "korus_site.wsgi",
            "--workers",
            str(workers),
            "--bind",
            f"127.0.0.1:{PORT}",
            "--log-level",
            "warning",
            "--keep-alive",
            "5",
        ],
        cwd=ROOT,
        env=env,
    )
    wait_for_port(PORT)
    return server


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=30)


def flush_redis(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


# The sign-up burst -----------------------------------------------------------------------------


def signup_burst(burst: dict) -> dict:
    """100 sign-ups at once over HTTP: each thread GETs the form (cookie, token), then all POST together."""
    barrier = threading.Barrier(BURST_SIZE)
    run = str(time.time_ns())
    results: list[tuple[int, float]] = []
    lock = threading.Lock()

    def one(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=120)
        conn.request("GET", burst["url"], headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        html = response.read().decode()
        cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie") or "")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        data = dict(burst["data"])
        data.update(
            {
                "orgnr": _orgnr(n),
                "contact_email": f"kontakt-{run}-{n}@burst.test",
                "participants-0-email": f"deltaker-{run}-{n}@burst.test",
                "csrfmiddlewaretoken": token[1] if token else "",
            }
        )
        headers = {
            "Host": "127.0.0.1",
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie[1]}" if cookie else "",
            "Referer": f"http://127.0.0.1:{PORT}{burst['url']}",
        }
        body = urlencode(data)
        barrier.wait()
        started = time.perf_counter()
        try:
            conn.request("POST", burst["url"], body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            status = 0
        with lock:
            results.append((status, (time.perf_counter() - started) * 1000))
        conn.close()

    threads = [threading.Thread(target=one, args=(n,)) for n in range(BURST_SIZE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    from courses.models import Enrollment

    statuses = [status for status, _ms in results]
    counts = {
        status: Enrollment.objects.filter(series_id=burst["pk"], status=status).count()
        for status in ("confirmed", "waitlisted")
    }
    timings = [ms for _status, ms in results]
    return {
        "answered": sum(1 for s in statuses if s in (200, 302)),
        "redirected": statuses.count(302),
        "failed": sum(1 for s in statuses if s not in (200, 302)),
        "confirmed": counts["confirmed"],
        "waitlisted": counts["waitlisted"],
        "p50": percentile(timings, 50),
        "p95": percentile(timings, 95),
        "max": max(timings),
    }


def _orgnr(n: int) -> str:
    from courses.demo import valid_orgnr

    return valid_orgnr(f"{95000000 + n}")


# Main ----------------------------------------------------------------------------------------


def throwaway_signing_key() -> str:
    """A fresh P-256 key in PEM for one benchmark run (production settings require one)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    return (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )


def measure_round(env: dict, args, pages: list[dict], session: str, cached: bool) -> dict:
    """One gunicorn run: the bare view and each page (public pages only when cached)."""
    server_env = {**env, "PAGE_CACHE": "on" if cached else "off"}
    if cached:
        flush_redis(env["REDIS_URL"])
    server = start_gunicorn(server_env, args.workers)
    results = {}
    try:
        chosen = [page for page in pages if not (cached and page["label"].endswith("*"))]
        warm(args.workers, chosen, session)
        results[BARE[0]] = load(BARE[1], args.duration, args.concurrency, None)
        for page in chosen:
            cookie = session if page["label"].endswith("*") else None
            results[page["label"]] = load(page["path"], args.duration, args.concurrency, cookie)
            print(
                f"  {'cached' if cached else 'cold  '} {page['label']}: {results[page['label']]['rps']:.1f} req/s",
                flush=True,
            )
    finally:
        stop(server)
    return results


def median_of(rounds: list[dict], label: str) -> dict | None:
    found = [r[label] for r in rounds if label in r]
    if not found:
        return None
    return {key: statistics.median(r[key] for r in found) for key in ("rps", "p50", "p95", "p99", "errors")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10, help="seconds per page (default 10)")
    parser.add_argument("--concurrency", type=int, default=8, help="keep-alive connections (default 8)")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the median is reported (default 3)")
    parser.add_argument("--news", type=int, default=5000)
    parser.add_argument("--series", type=int, default=200)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--signups", type=int, default=40, help="in-process sign-ups timed (default 40)")
    parser.add_argument("--no-burst", action="store_true", help="skip the 100 simultaneous sign-ups")
    parser.add_argument("--quick", action="store_true", help="a few pages, one round, 3 s each")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.duration = 1, min(args.duration, 3)

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    ensure_database(database_url)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL),
        # As in production, notices are queued for a Celery worker rather than sent inside the request.
        "CELERY_BROKER_URL": os.environ.get("BENCH_BROKER_URL", DEFAULT_BROKER_URL),
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "OPEN_BADGES_SIGNING_KEY": os.environ.get("OPEN_BADGES_SIGNING_KEY") or throwaway_signing_key(),
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(ROOT / ".local" / "bench-static"),
        "MEDIA_ROOT": str(ROOT / ".local" / "bench-media"),
        "PRIVATE_MEDIA_ROOT": str(ROOT / ".local" / "bench-private"),
        "ALLOW_DEMO_DATA": "true",
        "LOG_LEVEL": "WARNING",
    }
    load_before = os.getloadavg()
    if not (args.quick and Path(env["STATIC_ROOT"], "staticfiles.json").exists()):  # --quick reuses the last copy
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True
        )
    os.environ.update({**env, "PAGE_CACHE": "off"})
    print(f"Preparing {database_url} …", flush=True)
    prepared = prepare(args)
    pages, session = prepared["pages"], prepared["session"]

    rounds_cold, rounds_cached = [], []
    for n in range(args.rounds):
        print(f"round {n + 1}/{args.rounds}", flush=True)
        rounds_cold.append(measure_round(env, args, pages, session, cached=False))
        rounds_cached.append(measure_round(env, args, pages, session, cached=True))
    burst = None
    if not args.no_burst:
        server = start_gunicorn({**env, "PAGE_CACHE": "off"}, args.workers)
        try:
            warm(args.workers, [], session)
            burst = signup_burst(prepared["burst"])
        finally:
            stop(server)
    load_after = os.getloadavg()
    flush_redis(env["CELERY_BROKER_URL"])  # nobody consumes the bench's queued notices
    report(args, prepared, pages, rounds_cold, rounds_cached, burst, load_before, load_after)


def report(args, prepared, pages, rounds_cold, rounds_cached, burst, load_before, load_after) -> None:
    loader = "wrk (2 threads)" if shutil.which("wrk") else "Python client (2 processes)"
    print()
    print("seed: " + ", ".join(f"{value} {name}" for name, value in prepared["size"].items()))
    print(f"load average (1/5/15 min) before: {'/'.join(f'{x:.2f}' for x in load_before)}")
    print(f"load average (1/5/15 min) after:  {'/'.join(f'{x:.2f}' for x in load_after)}")
    print(
        f"gunicorn {args.workers} sync workers, {loader}, {args.concurrency} connections, "
        f"{args.duration:g} s a page, median of {args.rounds} round(s)"
    )
    signups = prepared["signups"]
    print(
        f"sign-up in-process median/p95: {statistics.median(signups):.1f} / {percentile(signups, 95):.1f} ms "
        f"({len(signups)} sign-ups through the view)"
    )
    if burst:
        print(
            f"sign-up burst ({BURST_SIZE} at once, {BURST_SEATS} seats): p50 {burst['p50']:.0f} ms, "
            f"p95 {burst['p95']:.0f} ms, max {burst['max']:.0f} ms; answered {burst['answered']}/{BURST_SIZE} "
            f"({burst['redirected']} to a receipt, {burst['failed']} failed); "
            f"confirmed {burst['confirmed']}, waitlisted {burst['waitlisted']}"
            + ("" if burst["confirmed"] == BURST_SEATS else "  <-- WRONG: confirmed should equal the seats")
        )
    limit_cold = median_of(rounds_cold, BARE[0])
    limit_cached = median_of(rounds_cached, BARE[0])
    print()
    print(
        "| page | req/s cold | req/s cached | p50/p95/p99 ms cold | p50/p95/p99 ms cached "
        "| fraction of limit cold / cached | queries | errors |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = [{"label": BARE[0], "queries": "–"}, *pages]
    for page in rows:
        cold = median_of(rounds_cold, page["label"])
        cached = median_of(rounds_cached, page["label"])

        def fmt(r):
            return f"{r['p50']:.0f}/{r['p95']:.0f}/{r['p99']:.0f}" if r else "–"

        def fraction(r, limit):
            return f"{100 * r['rps'] / limit['rps']:.1f} %" if r and limit and limit["rps"] else "–"

        errors = sum(int(r["errors"]) for r in (cold, cached) if r)
        cached_rps = f"{cached['rps']:.1f}" if cached else "–"
        print(
            f"| {page['label']} | {cold['rps']:.1f} | {cached_rps} | {fmt(cold)} | {fmt(cached)} "
            f"| {fraction(cold, limit_cold)} / {fraction(cached, limit_cached)} | {page['queries']} | {errors} |"
        )
    print()
    print(json.dumps({"size": prepared["size"], "load": [load_before, load_after]}))


if __name__ == "__main__":
    multiprocessing.set_start_method("fork")
    main()
