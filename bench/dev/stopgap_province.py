"""STOPGAP until `hazchem demo` (branch demo) is merged: a province-scale database with the real schema.

    python bench/dev/stopgap_province.py HAZCHEM_BINARY OUT.sqlite [ENTERPRISES]

`hazchem enterprise import` creates the schema and the enterprises (validated, audited); the rest is
inserted here with plain SQL in an order the triggers accept: experts, table snapshots, one panel and
one signed assessment per enterprise spread over 2019-01..2019-11 (a tenth corrected by a version 2,
some still in progress), about eight hazards, three spot checks and ten grading answers per assessment,
dispositions for most, and a few county submissions. scripts/bench.sh uses it only with BENCH_STOPGAP=1;
delete this file once `hazchem demo --enterprises N` exists.
"""
import hashlib
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from make_inputs import write_enterprises  # noqa: E402

SPECIALTIES = ["safetyManagement", "chemicalDesign", "equipment", "electricalInstrumentation", "emergencyRescue"]
ROLES = ["principal", "safetyHead", "productionHead", "technologyHead", "safetyManager", "worker"]
NOW = "2019-12-01T08:00:00Z"


def day(month, d):
    return "2019-%02d-%02d" % (month, d)


def main():
    binary, out = sys.argv[1], Path(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    for suffix in ["", "-wal", "-shm"]:
        Path(str(out) + suffix).unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "enterprises.csv"
        write_enterprises(n, csv)
        subprocess.run([binary, "enterprise", "import", str(csv), "--db", str(out), "--user", "bench"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    rng = random.Random(1)
    db = sqlite3.connect(out)
    db.execute("PRAGMA foreign_keys = ON")
    with db:
        hashes = {}
        for table_id, kind, file in [("production-storage", "grading", "production-storage.yaml"),
                                     ("trading", "grading", "trading.yaml"),
                                     ("production-storage-checklist", "checklist", "production-storage-checklist.yaml"),
                                     ("trading-checklist", "checklist", "trading-checklist.yaml")]:
            text = (ROOT / "Checklists" / file).read_text(encoding="utf-8")
            digest = hashlib.sha256(text.encode()).hexdigest()
            hashes[table_id] = digest
            db.execute("INSERT OR IGNORE INTO table_snapshot VALUES (?, ?, ?, ?, ?, ?)",
                       (digest, table_id, kind, "2018", text, NOW))
        experts = 400
        db.executemany(
            "INSERT INTO expert (name, organisation, specialty, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [("专家%03d" % e, "兴安盟应急管理局专家库", SPECIALTIES[e % 5], NOW, NOW) for e in range(1, experts + 1)])
        enterprises = db.execute("SELECT id, kind FROM enterprise ORDER BY id").fetchall()
        rules = {"production-storage": ["1.1.2", "2.1.1", "3.1.1", "4.1.1", "5.1.1", "6.1.1", "7.1.1", "8.1.1"],
                 "trading": ["T1.1.3", "T2.1.3", "T3.1.1", "T3.1.2", "T5.1.3", "T6.1.2"]}
        for enterprise_id, kind in enterprises:
            month = 1 + rng.randrange(11)
            end = day(month, 3 + rng.randrange(24))
            start = day(month, 1 + rng.randrange(2))
            trading = kind == "tradingWithoutStorage"
            grading = "trading" if trading else "production-storage"
            checklist = grading + "-checklist"
            cur = db.execute("INSERT INTO panel (name, enterprise_id, on_site_start, on_site_end, created_at) "
                             "VALUES (?, ?, ?, ?, ?)", ("评估组%d" % enterprise_id, enterprise_id, start, end, NOW))
            panel = cur.lastrowid
            members = rng.sample(range(1, experts + 1), 4)
            for position, expert in enumerate(members):
                role = "leader" if position == 0 else "regulator" if position == 3 else "member"
                db.execute("INSERT INTO panel_member VALUES (?, ?, ?, ?)",
                           (panel, expert, role, SPECIALTIES[(expert - 1) % 5]))
            versions = 2 if rng.random() < 0.1 else 1
            previous = None
            for version in range(1, versions + 1):
                in_progress = version == versions and rng.random() < 0.03
                score = rng.randrange(450, 1000)
                grade = "blue" if score >= 900 else "yellow" if score >= 750 else "orange" if score >= 600 else "red"
                direct_red = '["R1"]' if not trading and rng.random() < 0.01 else "[]"
                if direct_red != "[]":
                    grade = "red"
                cur = db.execute(
                    "INSERT INTO assessment (enterprise_id, panel_id, version, previous_version_id, status, "
                    "on_site_start, on_site_end, due_date, submitted_date, grading_table_id, grading_table_version, "
                    "grading_table_hash, checklist_table_id, checklist_table_version, checklist_table_hash, "
                    "score_tenths, grade, direct_red, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, 'submitted', ?, ?, NULL, ?, ?, '2018', ?, ?, '2018', ?, ?, ?, ?, ?, ?)",
                    (enterprise_id, panel, version, previous, start, end,
                     end if rng.random() < 0.9 else None, grading, hashes[grading], checklist, hashes[checklist],
                     score, grade, direct_red, NOW, NOW))
                assessment = cur.lastrowid
                db.executemany("INSERT INTO grading_answer VALUES (?, ?, ?, 'confirmed', ?)",
                               [(assessment, rule, rng.randrange(2), NOW) for rule in rules[grading]])
                db.executemany("INSERT INTO spot_check (assessment_id, person, role, result) VALUES (?, ?, ?, ?)",
                               [(assessment, "人员%d" % k, ROLES[k], "passed" if rng.random() < 0.8 else "failed")
                                for k in range(3)])
                hazards = []
                for k in range(rng.randrange(4, 13)):
                    major = rng.random() < 0.08
                    status = rng.choice(["open", "rectifying", "rectified", "verified"])
                    rectified = day(min(month + 1, 12), 1 + rng.randrange(28)) if status in ("rectified", "verified") else None
                    hazards.append((assessment, enterprise_id, "隐患%d" % k, "major" if major else "general",
                                    rng.randrange(1, 21) if major else None, day(min(month + 1, 12), 15), status,
                                    rectified, rectified if status == "verified" else None, NOW, NOW))
                db.executemany(
                    "INSERT INTO hazard (assessment_id, enterprise_id, description, level, criterion_number, deadline, "
                    "status, rectified_at, verified_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    hazards)
                if in_progress:
                    break
                db.execute("UPDATE assessment SET status = 'signed', signed_date = ? WHERE id = ?", (end, assessment))
                if rng.random() < 0.8:
                    cls = "closeOrSuspend" if grade == "red" else "consolidate" if grade == "blue" else "rectify"
                    action = ("close" if rng.random() < 0.2 else "suspendAndRectify") if cls == "closeOrSuspend" else None
                    db.execute("INSERT INTO disposition (assessment_id, class, closure_action, decision_date, created_at) "
                               "VALUES (?, ?, ?, ?, ?)", (assessment, cls, action, end, NOW))
                    db.execute("UPDATE assessment SET status = 'dispositionDecided' WHERE id = ?", (assessment,))
                previous = assessment
        for code in ["152201", "152202", "152221"]:
            db.execute("INSERT INTO monthly_submission (county_code, month, status, submitted_at) "
                       "VALUES (?, '2019-11', 'submitted', '2019-11-29T10:00:00Z')", (code,))
    counts = {t: db.execute("SELECT count(*) FROM %s" % t).fetchone()[0]
              for t in ["enterprise", "assessment", "hazard", "panel_member", "spot_check", "grading_answer"]}
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print("stopgap province database:", out, counts)


if __name__ == "__main__":
    main()
