#!/usr/bin/env python3
"""SQLite's durable commit rate on this disk: the ceiling a web save is compared with (bench/web-answer.sh).

Usage: commit-rate.py FOLDER SECONDS. Opens a fresh database in FOLDER (the same disk as the bench database) in WAL
mode with synchronous=FULL, and for SECONDS commits transactions of two small inserts (a row and an audit-like row),
one after the other. Prints one JSON object: {"commits_per_s": …, "commits": …, "seconds": …}.
"""
import json
import os
import sqlite3
import sys
import time

folder, seconds = sys.argv[1], float(sys.argv[2])
path = os.path.join(folder, "commit-rate.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.remove(path + suffix)
db = sqlite3.connect(path, isolation_level=None)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE answer (id INTEGER PRIMARY KEY, item TEXT, finding TEXT)")
db.execute("CREATE TABLE log (id INTEGER PRIMARY KEY, at REAL, after_json TEXT)")
commits = 0
start = time.perf_counter()
deadline = start + seconds
while time.perf_counter() < deadline:
    db.execute("BEGIN IMMEDIATE")
    db.execute("INSERT INTO answer (item, finding) VALUES (?, ?)", ("A01", f"finding {commits}"))
    db.execute("INSERT INTO log (at, after_json) VALUES (?, ?)", (time.time(), '{"finding":"x"}'))
    db.execute("COMMIT")
    commits += 1
elapsed = time.perf_counter() - start
db.close()
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(path + suffix):
        os.remove(path + suffix)
print(json.dumps({"commits_per_s": round(commits / elapsed, 1), "commits": commits, "seconds": round(elapsed, 2)}))
