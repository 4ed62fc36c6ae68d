import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

/// The statements SQLite runs on a connection while a closure runs (GRDB's `trace`), trigger programs included.
final class StatementLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    /// Starts logging every statement run on `writer`'s connection.
    init(_ writer: any DatabaseWriter) throws {
        try writer.writeWithoutTransaction { db in
            db.trace { [self] event in
                if case .statement(let statement) = event { lock.withLock { statements.append(statement.sql) } }
            }
        }
    }

    /// The statements logged while `body` ran.
    func during(_ body: () throws -> Void) rethrows -> [String] {
        let start = lock.withLock { statements.count }
        try body()
        return lock.withLock { Array(statements[start...]) }
    }
}

/// Counts the blocking jobs that started.
final class Started: @unchecked Sendable {
    private let lock = NSLock()
    private var started = 0
    func add() { lock.withLock { started += 1 } }
    var count: Int { lock.withLock { started } }
}

@Suite("Answer save: the web's lean path")
struct AnswerSaveTests {
    /// The panel's leader as a signed-in web user.
    static func leader(_ fixture: AssessmentFixture) -> AppUser {
        AppUser(username: "wang", displayName: "王组长", role: .expert, expertID: fixture.experts["王组长"]!.id)
    }

    /// A save of `item` by the leader.
    static func save(
        _ fixture: AssessmentFixture, _ item: String, _ response: ChecklistResponse = .conforming,
        finding: String = "", major: Bool = false, basedOn: String? = nil, scored: Bool = true
    ) -> AnswerSave {
        AnswerSave(
            assessmentID: fixture.id,
            AssessmentResponseInput(itemID: item, response: response, finding: finding, markedMajor: major),
            by: leader(fixture), scored: scored, basedOn: basedOn)
    }

    /// Stored rows whose finding differs from the `after` of their newest audit entry (none may).
    static func rowsDifferingFromAudit(_ fixture: AssessmentFixture) throws -> Int {
        try fixture.database.reader.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM checklist_response r WHERE r.assessment_id = ? AND r.finding IS NOT (
                        SELECT json_extract(l.after_json, '$.finding') FROM audit_log l
                        WHERE l.entity = 'checklist_response' AND l.entity_id = r.assessment_id || '/' || r.item_id
                        ORDER BY l.id DESC LIMIT 1)
                    """, arguments: [fixture.id])!
        }
    }

    /// The audit rows of checklist responses.
    static func responseAudits(_ fixture: AssessmentFixture) throws -> Int {
        try fixture.database.reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'checklist_response'")!
        }
    }

    @Test("a batch stores every save in order; a failing save is rolled back alone and gets its error")
    func batchWithFailure() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let audits = try Self.responseAudits(fixture)
        let results = try fixture.database.respond([
            Self.save(fixture, "A01", .nonConforming, finding: "无证上岗"),
            Self.save(fixture, "A02", .conforming, major: true),  // a major mark needs 不符合
            Self.save(fixture, "A01", .nonConforming, finding: "主要负责人无证"),
            Self.save(fixture, "Z99"),
            Self.save(fixture, "A03", scored: false),
        ])
        #expect(results.count == 5)
        guard case .success(.saved(true, let first?, _, _)) = results[0],
            case .success(.saved(true, let third?, "王组长"?, _)) = results[2],
            case .success(.saved(true, nil, _, _)) = results[4]
        else {
            Issue.record("保存结果不符：\(results)")
            return
        }
        // Both scored outcomes carry the sheet as the transaction left it: two items answered, one non-conforming.
        for score in [first, third] {
            #expect(score.progress.totals.answered == 2)
            #expect(score.progress.totals[.nonConforming] == 1)
        }
        #expect(first.rendering === third.rendering)
        if case .failure(let error) = results[1] {
            #expect(error.code == .invalidInput)
        } else {
            Issue.record("A02 应被拒绝")
        }
        if case .success(.notFound) = results[3] {} else { Issue.record("Z99 应为不存在") }
        let detail = try fixture.detail()
        #expect(detail.responses.first { $0.response.itemID == "A01" }?.response.finding == "主要负责人无证")
        #expect(detail.responses.first { $0.response.itemID == "A02" } == nil)
        #expect(try Self.responseAudits(fixture) == audits + 3)
        #expect(try Self.rowsDifferingFromAudit(fixture) == 0)
    }

    @Test("each save of a batch stores its own Idempotency-Key with its answer; a key already taken fails alone")
    func batchIdempotencyKeys() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        func keyed(_ item: String, _ key: String) -> AnswerSave {
            var save = Self.save(fixture, item)
            save.claim = IdempotencyClaim(
                user: "wang", key: key, request: "POST /assessments/\(fixture.id)/items/\(item)")
            return save
        }
        let first = try fixture.database.respond([keyed("A01", "op-batch-0001"), keyed("A02", "op-batch-0002")])
        #expect(first.allSatisfy { if case .success(.saved) = $0 { true } else { false } })
        #expect(try IdempotencyClaimTests.keys(fixture).map(\.key) == ["op-batch-0001", "op-batch-0002"])
        let second = try fixture.database.respond([keyed("A03", "op-batch-0001"), keyed("A04", "op-batch-0003")])
        if case .failure(let error) = second[0] {
            #expect(error.code == .conflict)
        } else {
            Issue.record("重复的操作编号应被拒绝")
        }
        if case .success(.saved) = second[1] {} else { Issue.record("A04 应已保存") }
        let items = try fixture.detail().responses.map(\.response.itemID)
        #expect(items.contains("A04") && !items.contains("A03"))
        #expect(
            try IdempotencyClaimTests.keys(fixture).map(\.key) == ["op-batch-0001", "op-batch-0002", "op-batch-0003"])
        #expect(try Self.rowsDifferingFromAudit(fixture) == 0)
    }

    @Test("in one batch a second edit based on the version the first replaced is a conflict")
    func batchConflict() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let results = try fixture.database.respond([
            Self.save(fixture, "A01", finding: "甲", basedOn: ""),
            Self.save(fixture, "A01", finding: "乙", basedOn: ""),
        ])
        guard case .success(.saved(true, _, _, let version?)) = results[0],
            case .success(.conflict(let current?, "王组长"?)) = results[1]
        else {
            Issue.record("结果不符：\(results)")
            return
        }
        #expect(current.finding == "甲")
        #expect(current.version == version)
    }

    @Test("saves on a signed assessment are refused as immutable and store nothing")
    func batchOnSigned() throws {
        let fixture = try AssessmentFixture()
        _ = try fixture.sign()
        let audits = try fixture.auditCount()
        let results = try fixture.database.respond([Self.save(fixture, "A01", finding: "改"), Self.save(fixture, "A02")])
        for result in results {
            if case .failure(let error) = result {
                #expect(error.code == .immutable)
            } else {
                Issue.record("应被拒绝：\(result)")
            }
        }
        #expect(try fixture.auditCount() == audits)
    }

    @Test("saves submitted at once while the writer is busy share one transaction, and all are audited")
    func groupCommit() async throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let database = fixture.database
        let queue = database.lanes.answerSaves
        // Both threads of the writing lane wait until released, so the saves pile up behind them.
        let gate = DispatchSemaphore(value: 0)
        let started = Started()
        let blockers = (0..<2).map { _ in
            Task {
                await database.run { _ in
                    started.add(); gate.wait()
                }
            }
        }
        while started.count < 2 { try await Task.sleep(for: .milliseconds(5)) }
        let items = ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"]
        @Sendable func submit(_ n: Int) async throws -> AssessmentEntryOutcome {
            try await database.save(Self.save(fixture, items[n], finding: "第\(n)条"))
        }
        // The first save starts the drain, which waits for a thread of the lane; the other seven join the line.
        let first = Task { try await submit(0) }
        while database.lanes.writes.waitingCount < 1 { try await Task.sleep(for: .milliseconds(5)) }
        let rest = Task {
            try await withThrowingTaskGroup(of: AssessmentEntryOutcome.self) { group in
                for n in 1..<items.count { group.addTask { try await submit(n) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        while queue.counts.waiting < items.count { try await Task.sleep(for: .milliseconds(5)) }
        gate.signal()
        gate.signal()
        for blocker in blockers { await blocker.value }
        let outcomes = [try await first.value] + (try await rest.value)
        #expect(outcomes.count == items.count)
        #expect(outcomes.allSatisfy { if case .saved(true, _?, _, _) = $0 { true } else { false } })
        // The drain takes everything waiting when it starts: one transaction for all eight.
        #expect(queue.counts.batches == 1)
        #expect(queue.counts.saves == items.count)
        #expect(try Self.rowsDifferingFromAudit(fixture) == 0)
        #expect(try fixture.detail().progress.totals.answered == items.count)
    }

    @Test("a batch of saves on one assessment loads its state once")
    func batchStatementBound() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let log = try StatementLog(fixture.database.writer)
        let saves = (1...10).map { Self.save(fixture, String(format: "A%02d", $0), finding: "第\($0)条") }
        let statements = try log.during { _ = try fixture.database.respond(saves) }
        #expect(statements.filter { $0.hasPrefix("SELECT * FROM \"checklist_response\"") }.count == 1)
        // Per save: savepoint, the row's audit before-image, the row (and its trigger), its audit row, release.
        #expect(
            statements.count <= 12 + 7 * saves.count, "\(statements.count) 条语句：\n\(statements.joined(separator: "\n"))")
    }

    @Test("a scored save runs a handful of statements, whether it inserts or updates the row")
    func statementBound() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        let user = Self.leader(fixture)
        let log = try StatementLog(fixture.database.writer)
        for (n, response) in [ChecklistResponse.conforming, .nonConforming, .conforming].enumerated() {
            let statements = try log.during {
                let outcome = try fixture.database.respond(
                    assessmentID: fixture.id,
                    AssessmentResponseInput(itemID: "A01", response: response, finding: "第\(n)次"), details: nil,
                    by: user, scored: true)
                guard case .saved(let changed, let score, _, _) = outcome, changed, score != nil else {
                    Issue.record("未保存：\(outcome)")
                    return
                }
            }
            // BEGIN, the state load (10), a savepoint around the row and its audit row, the pre-filled answers it
            // changed, COMMIT (22 when 2 answers change).
            #expect(
                statements.count <= 22, "第\(n)次保存执行了 \(statements.count) 条语句：\n\(statements.joined(separator: "\n"))")
        }
    }

    /// The non-conforming items of a scored outcome (nil when it is not a scored save).
    static func nonConforming(_ result: Result<AssessmentEntryOutcome, StoreError>) -> Int? {
        guard case .success(.saved(_, let score?, _, _)) = result else { return nil }
        return score.progress.totals[.nonConforming]
    }

    @Test("the next group reuses the state the last one left, without loading it again")
    func nextGroupReusesState() throws {
        let fixture = try AssessmentFixture()
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        _ = try fixture.database.respond([Self.save(fixture, "A01", .nonConforming, finding: "无证上岗")])
        #expect(fixture.database.lanes.answerStates.count == 1)
        let log = try StatementLog(fixture.database.writer)
        var results: [Result<AssessmentEntryOutcome, StoreError>] = []
        let statements = try log.during {
            results = try fixture.database.respond([Self.save(fixture, "A02", .nonConforming, finding: "台账缺失")])
        }
        #expect(statements.filter { $0.hasPrefix("SELECT * FROM \"checklist_response\"") }.isEmpty)
        #expect(Self.nonConforming(results[0]) == 2)
        #expect(try fixture.detail().progress.totals[.nonConforming] == 2)
    }

    /// A change made beside the saves (another page, an administrator's SQL, another process) must be seen by
    /// the next save: the kept state is dropped, not reused.
    @Test(
        "a write between two groups, on the same connection or another, makes the next group load the state",
        arguments: [false, true])
    func writeBetweenGroupsIsSeen(otherConnection: Bool) throws {
        let folder = try RepositoryPaths.temporaryDirectory()
        let path = folder.appendingPathComponent("saves.sqlite").path
        let pool = try DatabasePool(path: path, configuration: AppDatabase.makeConfiguration())
        try AssessmentFixture.template.get().writer.backup(to: pool)
        let fixture = try AssessmentFixture(database: try AppDatabase(pool, now: { AssessmentFixture.now }))
        try fixture.database.startAssessment(id: fixture.id, actor: AssessmentFixture.actor)
        _ = try fixture.database.respond([Self.save(fixture, "A01"), Self.save(fixture, "A02")])
        let sql = "UPDATE checklist_response SET response = 'nonConforming', finding = '旁改' WHERE item_id = 'A02'"
        if otherConnection {
            let other = try DatabaseQueue(path: path, configuration: AppDatabase.makeConfiguration())
            try other.write { try $0.execute(sql: sql) }
            try other.close()
        } else {
            try fixture.database.writer.write { try $0.execute(sql: sql) }
        }
        let results = try fixture.database.respond([Self.save(fixture, "A03", .nonConforming, finding: "新问题")])
        #expect(Self.nonConforming(results[0]) == 2)
        // A save of an assessment submitted in between is refused, not stored on the old state.
        try fixture.database.writer.write { db in
            try db.execute(sql: "UPDATE assessment SET status = 'submitted' WHERE id = ?", arguments: [fixture.id])
        }
        let refused = try fixture.database.respond([Self.save(fixture, "A04")])
        if case .failure(let error) = refused[0] {
            #expect(error.code == .conflict)
        } else {
            Issue.record("已提交的评估不应再保存")
        }
    }

    @Test(
        "a response row stored by the prepared statements is stored as GRDB's record methods store it",
        arguments: [false, true])
    func storedLikeTheRecord(full: Bool) throws {
        let fixture = try AssessmentFixture()
        let expert = fixture.experts["王组长"]!.id
        var row = AssessmentResponse(
            assessmentID: fixture.id, itemID: "A01", response: full ? .nonConforming : .conforming,
            finding: full ? "无证\n上岗" : "", location: full ? "罐区" : "", markedMajor: full,
            measure: full ? "培训取证" : "", deadline: full ? LocalDate(year: 2019, month: 8, day: 1) : nil,
            responsiblePerson: full ? "张三" : "", expertID: full ? expert : nil,
            enteredAt: Date(timeIntervalSince1970: 1_567_296_000.125))
        row.standInFor = full ? .chemicalDesign : nil
        var other = row
        other.itemID = "A02"
        func raw(_ item: String) throws -> [String] {
            try fixture.database.reader.read { db in
                let found = try Row.fetchOne(
                    db, sql: "SELECT * FROM checklist_response WHERE assessment_id = ? AND item_id = ?",
                    arguments: [fixture.id, item])!
                return found.columnNames.filter { $0 != "item_id" }.map { "\($0)=\(found[$0] as DatabaseValue)" }
            }
        }
        try fixture.database.writer.write { db in
            try row.store(db, inserting: true)
            try other.insert(db)
        }
        #expect(try raw("A01") == raw("A02"))
        row.finding = "改后"
        other.finding = "改后"
        row.response = .notApplicable
        other.response = .notApplicable
        try fixture.database.writer.write { db in
            try row.store(db, inserting: false)
            try other.update(db)
        }
        #expect(try raw("A01") == raw("A02"))
        #expect(try raw("A01").contains("finding=\"改后\""))
        var missing = row
        missing.itemID = "Z99"
        #expect(throws: RecordError.self) {
            try fixture.database.writer.write { db in try missing.store(db, inserting: false) }
        }
    }
}
