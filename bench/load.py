#!/usr/bin/env python3
"""A small HTTP/1.1 load generator for bench/web-answer.sh where wrk is not installed (same RESULT line as the wrk
scripts bench/web-answer.lua and bench/latency.lua).

  load.py --base http://127.0.0.1:PORT --connections 32 --seconds 10 save --item-path /assessments/1/items/ \
      --items A01,A02 --sessions 'hazchem_session=… TOKEN,hazchem_session=… TOKEN'
  load.py --base … --connections 1 --seconds 10 get --path /assessments [--cookie …]

Keep-alive connections on loopback only, each sending its next request when the previous answer is read, for at most
--seconds; a request not answered within --timeout seconds counts as a socket error. Prints
RESULT requests= duration_us= p50_us= p99_us= non2xx= socket_errors= ok= bad= changed=
"""
import argparse
import asyncio
import time
from urllib.parse import urlsplit

RESPONSES = ["conforming", "nonConforming", "notApplicable"]


async def read_response(reader):
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                break
            body += chunk[:-2]
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, body


async def connection(args, tid, host, port, stop, stats):
    reader = writer = None
    counter = 0
    while time.perf_counter() < stop:
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            counter += 1
            if args.mode == "save":
                item = args.items[(counter + tid * 17) % len(args.items)]
                response = RESPONSES[(counter // len(args.items)) % len(RESPONSES)]
                body = f"response={response}&finding=bench-{tid}-{counter}&location=bench".encode()
                cookie, csrf = args.sessions[tid % len(args.sessions)]
                request = (
                    f"POST {args.item_path}{item} HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n"
                    f"X-CSRF-Token: {csrf}\r\nAccept: application/json\r\n"
                    f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n"
                ).encode() + body
            else:
                cookie = f"Cookie: {args.cookie}\r\n" if args.cookie else ""
                request = f"GET {args.path} HTTP/1.1\r\nHost: {host}\r\n{cookie}\r\n".encode()
            started = time.perf_counter()
            writer.write(request)
            await writer.drain()
            status, body = await asyncio.wait_for(read_response(reader), args.timeout)
            stats["latencies"].append(time.perf_counter() - started)
            if not 200 <= status < 400:
                stats["non2xx"] += 1
            if args.mode == "get" and args.pause > 0:
                await asyncio.sleep(args.pause / 1000)
            if args.mode == "save":
                if status == 200 and b'"ok":true' in body:
                    stats["ok"] += 1
                    if b'"changed":true' in body:
                        stats["changed"] += 1
                else:
                    stats["bad"] += 1
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
            stats["socket_errors"] += 1
            if writer is not None:
                writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def percentile(values, p):
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--connections", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--timeout", type=float, default=10)
    sub = parser.add_subparsers(dest="mode", required=True)
    save = sub.add_parser("save")
    save.add_argument("--item-path", required=True)
    save.add_argument("--items", required=True)
    save.add_argument("--sessions", required=True, help="cookie csrf,cookie csrf,… (connection n uses session n mod count)")
    get = sub.add_parser("get")
    get.add_argument("--path", required=True)
    get.add_argument("--cookie", default="")
    get.add_argument("--pause", type=float, default=0, help="milliseconds between a response and the next request")
    args = parser.parse_args()
    if args.mode == "save":
        args.items = args.items.split(",")
        args.sessions = [tuple(pair.split(" ")) for pair in args.sessions.split(",")]
    url = urlsplit(args.base)
    assert url.hostname.startswith("127.") or url.hostname in ("localhost", "::1"), "loopback only"
    stats = {"latencies": [], "non2xx": 0, "socket_errors": 0, "ok": 0, "bad": 0, "changed": 0}
    started = time.perf_counter()
    stop = started + args.seconds
    await asyncio.gather(*(connection(args, tid, url.hostname, url.port, stop, stats)
                           for tid in range(1, args.connections + 1)))
    duration = time.perf_counter() - started
    lat = stats["latencies"]
    print(f"RESULT requests={len(lat)} duration_us={int(duration * 1e6)} p50_us={int(percentile(lat, 50) * 1e6)} "
          f"p99_us={int(percentile(lat, 99) * 1e6)} non2xx={stats['non2xx']} socket_errors={stats['socket_errors']} "
          f"ok={stats['ok']} bad={stats['bad']} changed={stats['changed']}")


asyncio.run(main())
