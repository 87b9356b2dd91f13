"""Load test on loopback: signed-in users against ``tiendo serve`` (gunicorn), from this
second process, standard library only.

Run from the repo root against a database that ``tiendo synth`` filled::

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/scale8_bench python bench/loadtest.py --users 50

Starts ``tiendo serve --port 8106 --workers 2`` (production settings: ``TIENDO_DEBUG=0``),
signs in ``--users`` sessions through the login form, then each user requests
``--requests`` pages in turn, all users at once: a unit dashboard, an indicator page or a
key task board of the province or one of its communes. Prints throughput, p50/p95 and the
error count. Goal: 50 users on 2 cores, p95 ≤ 300 ms, 0 errors.

``--think 0`` (the default) sends a user's next page as soon as the last one arrived: the
server's capacity, where p95 is about users ÷ throughput whatever the page costs.
``--think 1-5`` lets each user read a page for a random 1 to 5 seconds before the next, as
people do; the caches start empty either way.

``--cache-url redis://127.0.0.1:6379/5`` (the default, emptied first) makes the two
workers share their cached page parts, as a server would run with ``TIENDO_CACHE_URL``;
``--cache-url ''`` keeps one cache per worker.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import random
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from common import (
    BENCH_PASSWORD,
    ROOT,
    bench_user,
    django_setup,
    machine,
    percentiles,
    province_of_scale,
)

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class _BehindProxy(http.cookiejar.DefaultCookiePolicy):
    """Production settings mark cookies Secure; on loopback TLS is the proxy's job, so the
    client says ``X-Forwarded-Proto: https`` and sends the cookies over plain HTTP."""

    def return_ok_secure(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        return True


def _opener() -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar(policy=_BehindProxy())
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.addheaders = [("X-Forwarded-Proto", "https")]
    return opener


def sign_in(base: str, landing: str) -> urllib.request.OpenerDirector:
    """A signed-in session; the login form sends it on to ``landing`` (a unit's dashboard)."""
    opener = _opener()
    page = opener.open(f"{base}/dang-nhap/", timeout=60).read().decode()
    token = TOKEN.search(page)
    if token is None:
        raise SystemExit("no CSRF token on the login page")
    form = urllib.parse.urlencode({"username": "bench", "password": BENCH_PASSWORD,
                                   "csrfmiddlewaretoken": token.group(1), "next": landing}).encode()
    secure = base.replace("http://", "https://")
    request = urllib.request.Request(f"{base}/dang-nhap/", data=form, headers={"Referer": f"{secure}/dang-nhap/"})
    response = opener.open(request, timeout=60)
    if "dang-nhap" in response.geturl():
        raise SystemExit("sign-in failed")
    return opener


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--requests", type=int, default=10, help="pages per user")
    parser.add_argument("--port", type=int, default=8106)
    parser.add_argument("--province", default="24")
    parser.add_argument("--think", default="0", type=_seconds,
                        help="seconds a user reads a page before the next: 0, or MIN-MAX")
    parser.add_argument("--rounds", type=int, default=1,
                        help="walk the same pages this many times; the last round is reported")
    parser.add_argument("--cache-url", default="redis://127.0.0.1:6379/5",
                        help="the server's TIENDO_CACHE_URL, emptied first; '' for one cache per worker")
    args = parser.parse_args()
    django_setup()
    from tiendo.catalogue.models import Indicator
    from tiendo.units.models import Unit

    print(machine())
    bench_user()
    province = province_of_scale(args.province)
    communes = list(Unit.objects.filter(parent=province).values_list("pk", flat=True)[:20])
    indicators = list(Indicator.objects.values_list("pk", flat=True)[:20])
    units = [province.pk, *communes]
    base = f"http://127.0.0.1:{args.port}"
    if args.cache_url:
        import redis

        try:
            redis.Redis.from_url(args.cache_url).flushdb()
        except redis.RedisError as error:
            print(f"no Redis at {args.cache_url} ({error}): one cache per worker")
            args.cache_url = ""
    env = {**os.environ, "TIENDO_DEBUG": "0", "TIENDO_SECRET_KEY": secrets.token_urlsafe(40),
           "TIENDO_ALLOWED_HOSTS": "127.0.0.1,localhost", "TIENDO_CACHE_URL": args.cache_url}
    tiendo = Path(sys.executable).with_name("tiendo")
    log = ROOT / "artifacts" / "bench-serve.log"
    log.parent.mkdir(exist_ok=True)
    with log.open("w") as output:
        server = subprocess.Popen(
            [str(tiendo), "serve", "--port", str(args.port), "--workers", "2", "--no-migrate"],
            env=env, stdout=output, stderr=subprocess.STDOUT,
        )
    try:
        _wait(base)
        sessions = [sign_in(base, f"/don-vi/{province.pk}/") for _ in range(args.users)]
        rng = random.Random(2025)
        plans = [[_page(rng, units, indicators) for _ in range(args.requests)] for _ in sessions]
        low, high = args.think
        pauses = [[rng.uniform(low, high) if n else rng.uniform(0, high) for n in range(args.requests)]
                  for _ in sessions]
        for _round in range(args.rounds):
            samples, errors, seconds = _round_of(base, sessions, plans, pauses)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    p50, p95 = percentiles(samples)
    reading = f"reading {low:g}–{high:g} s between pages" if high else "no pause between pages"
    reading += ", one Redis cache" if args.cache_url else ", a cache per worker"
    if args.rounds > 1:
        reading += f", round {args.rounds} of the same pages"
    print(f"| load test, {args.users} users × {args.requests} pages, {reading}, gunicorn 2 workers | "
          f"{len(samples) / seconds:.1f} req/s | p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
          f"{len(errors)} errors | goal p95 ≤ 300 ms, 0 errors |")
    for error in errors[:5]:
        print(f"  error: {error}")
    return 0


def _page(rng: random.Random, units: list[int], indicators: list[int]) -> str:
    unit = rng.choice(units)
    kind = rng.choice(("dashboard", "dashboard", "indicator", "tasks"))
    if kind == "dashboard":
        return f"/don-vi/{unit}/"
    if kind == "indicator":
        return f"/don-vi/{unit}/chi-tieu/{rng.choice(indicators)}/"
    return f"/don-vi/{units[0]}/nhiem-vu/"


def _round_of(
    base: str, sessions: list[urllib.request.OpenerDirector], plans: list[list[str]], pauses: list[list[float]],
) -> tuple[list[float], list[str], float]:
    """Every user walks through its pages at once; the time of each page, the failures and
    the seconds the whole round took."""
    samples: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def user(opener: urllib.request.OpenerDirector, urls: list[str], waits: list[float]) -> None:
        for url, pause in zip(urls, waits, strict=True):
            time.sleep(pause)
            started = time.perf_counter()
            try:
                with opener.open(base + url, timeout=120) as response:
                    response.read()
                    ok = response.status == 200 and "dang-nhap" not in response.geturl()
            except (urllib.error.URLError, OSError) as error:
                ok, url = False, f"{url}: {error}"
            with lock:
                samples.append(time.perf_counter() - started)
                if not ok:
                    errors.append(url)

    threads = [threading.Thread(target=user, args=triple) for triple in zip(sessions, plans, pauses, strict=True)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, errors, time.perf_counter() - started


def _seconds(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    return float(low), float(high or low)


def _wait(base: str) -> None:
    for _ in range(120):
        try:
            _opener().open(f"{base}/dang-nhap/", timeout=5).read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    raise SystemExit("the server did not start (artifacts/bench-serve.log)")


if __name__ == "__main__":
    raise SystemExit(main())
