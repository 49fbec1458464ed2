"""`make bench`: measure the main pages under load, served by gunicorn on PostgreSQL.

1. Creates (or reuses) the database ``kjentmann_bench`` (BENCH_DATABASE_URL overrides) and
   fills it: the demo content plus a large data set (at least 5,000 news items).
2. Counts the SQL queries of each page in-process.
3. Serves the site with gunicorn (production settings) and loads each page with concurrent
   keep-alive clients for a fixed time, then prints requests per second and p50/p95 latency.

Options: --duration seconds per page (default 10), --concurrency (default 8), --workers
gunicorn processes (default 4), --news items (default 5000).
"""

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/kjentmann_bench"
PORT = int(os.environ.get("BENCH_PORT", "8765"))


def page_paths() -> list[tuple[str, str]]:
    """The pages to measure: (label, path). Labels ending in "*" are loaded as the demo participant."""
    from courses.models import CourseSeriesPage, ModulePage
    from home.models import NewsPage
    from network.models import Topic

    news_item = NewsPage.objects.live().filter(region__slug="korus-oslo").order_by("-date").first()
    series = CourseSeriesPage.objects.live().filter(slug__startswith="bench-").order_by("pk").first()
    long_topic = Topic.objects.order_by("-reply_count").first()
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
        ("module page *", ModulePage.objects.live().order_by("pk").first().url + "?del=2"),
        ("quiz *", ModulePage.objects.live().order_by("pk").first().url + "quiz/"),
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


def prepare(news_target: int) -> tuple[list[tuple[str, str, int]], str]:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from tests.bench import seed

    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    seed.news(news_target)
    seed.course_series(200, 30)
    seed.quiz_attempts(200)
    seed.forum(50_000)
    from korus_site.accounts.models import User

    anonymous = Client(HTTP_HOST="127.0.0.1")
    participant = Client(HTTP_HOST="127.0.0.1")
    # The demo Kjentmann reads the forum and has a dashboard: logged-in pages are measured as that person.
    participant.force_login(User.objects.get(email="kjentmann@skole.test"))
    counted = []
    for label, path in page_paths():
        client = participant if label.endswith("*") else anonymous
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counted.append((label, path, len(queries)))
    return counted, participant.cookies["sessionid"].value


def wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    sys.exit("gunicorn did not start")


def load(path: str, duration: float, concurrency: int, session: str | None = None) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop_at = time.monotonic() + duration

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        mine, failed = [], 0
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                headers = {"Host": "127.0.0.1"}
                if session:
                    headers["Cookie"] = f"sessionid={session}"
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
            mine.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += failed

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": quantiles[49] * 1000,
        "p95": quantiles[94] * 1000,
        "errors": errors,
    }


def throwaway_signing_key() -> str:
    """A fresh P-256 key in PEM for one benchmark run (production settings require one)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    return (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--news", type=int, default=5000)
    args = parser.parse_args()

    database_url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL)
    ensure_database(database_url)
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "korus_site.settings.production",
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
    os.environ.update({**env, "DJANGO_SETTINGS_MODULE": "korus_site.settings.bench"})
    print(f"Preparing {database_url} …", flush=True)
    counted, session = prepare(args.news)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)

    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "korus_site.wsgi",
            "--workers",
            str(args.workers),
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
    try:
        wait_for_port(PORT)
        rows = []
        for label, path, queries in counted:
            cookie = session if label.endswith("*") else None
            load(path, 1.0, args.concurrency, cookie)  # warm up every worker
            result = load(path, args.duration, args.concurrency, cookie)
            rows.append((label, path, queries, result))
            print(f"  measured {label}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=20)

    print()
    print(f"gunicorn {args.workers} workers, {args.concurrency} concurrent clients, {args.duration:.0f} s per page")
    columns = ("page", 24, "<"), ("path", 40, "<"), ("req/s", 7, ">"), ("p50 ms", 7, ">"), ("p95 ms", 7, ">")
    columns += ("queries", 7, ">"), ("errors", 6, ">")
    header = "| " + " | ".join(f"{name:{align}{width}}" for name, width, align in columns) + " |"
    print(header)
    print("|" + "|".join("-" * (len(part)) for part in header.split("|")[1:-1]) + "|")
    for label, path, queries, r in rows:
        print(
            f"| {label:<24} | {path[:40]:<40} | {r['rps']:>7.1f} | {r['p50']:>7.1f} | {r['p95']:>7.1f} "
            f"| {queries:>7} | {r['errors']:>6} |"
        )


if __name__ == "__main__":
    main()
