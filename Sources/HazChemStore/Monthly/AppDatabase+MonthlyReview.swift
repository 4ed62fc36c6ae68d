import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Every county's monthly report for `period` as the prefecture reviews it, in configuration order, lateness
    /// judged on `asOf` (today when nil).
    package func monthlyReviews(for period: MonthlyPeriod, asOf: LocalDate? = nil) throws(StoreError)
        -> [MonthlyReview]
    {
        let day = asOf ?? LocalDate.today(now())
        return try read { db in
            let counties = try Region.filter(Column("level") == Region.Level.county.rawValue)
                .order(Column("position"), Column("code")).fetchAll(db)
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM monthly_submission WHERE month = ?", arguments: [period.description])
            let byCounty = Dictionary(rows.map { ($0["county_code"] as String, $0) }, uniquingKeysWith: { a, _ in a })
            return counties.map { Self.review(period, county: $0, row: byCounty[$0.code], asOf: day) }
        }
    }

    /// One county's monthly report for `period` in the review; a not-found error for an unknown county code.
    package func monthlyReview(for period: MonthlyPeriod, countyCode: String, asOf: LocalDate? = nil)
        throws(StoreError) -> MonthlyReview
    {
        guard let review = try monthlyReviews(for: period, asOf: asOf).first(where: { $0.countyCode == countyCode })
        else { throw StoreError(.notFound, field: "旗县市", message: "旗县市“\(countyCode)”不存在") }
        return review
    }

    /// The county (code, name or alias) submits its report for `period` on `day` (today when nil): its figures
    /// and enterprise lines as computed now are stored and locked. Refused while a submission awaits review or
    /// after approval; allowed again after a return. The one submission path of the CLI and the web.
    @discardableResult
    package func submitMonthlyFigures(
        countyCode county: String, period: MonthlyPeriod, on day: LocalDate? = nil, actor: String
    ) throws(StoreError) -> MonthlyReview {
        try Self.checkActor(actor)
        let directory = RegionDirectory(try read { db in try Region.fetchAll(db) })
        guard let countyCode = directory.county(county)?.code else {
            throw StoreError(.invalidInput, field: "旗县市", message: directory.unknownCountyMessage(county))
        }
        let recorded = RecordedTime(now())
        let today = recorded.day
        let day = day ?? today
        let current = try monthlyReview(for: period, countyCode: countyCode, asOf: today)
        let entity = "\(current.countyName) \(period.label)月报"
        try Self.requireSubmittable(current, entity: entity)
        try Self.refuseFutureDay(day, today: today, field: "报送日期", entity: entity)
        guard day >= period.firstDay else {
            throw StoreError(
                .invalidInput, field: "报送日期", entity: entity,
                message: "报送日期 \(day) 早于所报月份 \(period) 的第一天，请检查日期")
        }
        let report = try liveMonthlyReport(for: period, county: countyCode, asOf: day)
        let figures = try Self.snapshotText(report)
        try write { db in
            let row = try Self.submissionRow(db, countyCode: countyCode, period: period)
            let latest = Self.review(period, county: try Region.fetchOne(db, key: countyCode)!, row: row, asOf: today)
            try Self.requireSubmittable(latest, entity: entity)
            let before = try row.flatMap { try Self.submissionJSON(db, id: $0["id"]) }
            let id: Int64
            switch (row, latest.state) {
            case (nil, _):
                try db.execute(
                    sql: """
                        INSERT INTO monthly_submission (county_code, month, status, submitted_at, review_status,
                            figures_json, recorded_at)
                        VALUES (?, ?, 'submitted', ?, 'submitted', ?, ?)
                        """, arguments: [countyCode, period.description, day, figures, recorded])
                id = db.lastInsertedRowID
            case (let row?, .returned):
                id = row["id"]
                try db.execute(
                    sql: """
                        UPDATE monthly_submission SET review_status = 'submitted', figures_json = ?, resubmitted_at = ?
                        WHERE id = ?
                        """, arguments: [figures, day, id])
            case (let row?, _):
                id = row["id"]
                try db.execute(
                    sql: """
                        UPDATE monthly_submission SET status = 'submitted', submitted_at = ?, review_status = 'submitted',
                            figures_json = ?, recorded_at = ? WHERE id = ?
                        """, arguments: [day, figures, recorded, id])
            }
            try audit(
                db, actor: actor, action: latest.state == .returned ? "resubmit" : "submit",
                entity: "monthly_submission", entityID: String(id), before: before,
                after: try Self.submissionJSON(db, id: id))
        }
        return try monthlyReview(for: period, countyCode: countyCode, asOf: today)
    }

    /// The prefecture approves a submitted report: its figures stay locked for good (a report recorded by the CLI
    /// without figures gets them now).
    @discardableResult
    package func approveMonthly(
        countyCode: String, period: MonthlyPeriod, note: String = "", actor: String
    ) throws(StoreError) -> MonthlyReview {
        try review(countyCode: countyCode, period: period, to: .approved, note: note, actor: actor)
    }

    /// The prefecture returns a submitted or approved report with its reason: the figures are unlocked and the
    /// county may submit again (the first submission day still decides lateness).
    @discardableResult
    package func returnMonthly(
        countyCode: String, period: MonthlyPeriod, note: String, actor: String
    ) throws(StoreError) -> MonthlyReview {
        try review(countyCode: countyCode, period: period, to: .returned, note: note, actor: actor)
    }

    /// The monthly report for `period`, one county (code, name or alias) or all: the one reader behind the CLI's
    /// text and JSON, the web pages and every workbook.
    ///
    /// A county whose report is submitted or approved shows the figures and enterprise lines it submitted
    /// (locked), whatever changed since; the others show figures computed now (live), and every row says which
    /// (``MonthlyCountyRow/figuresLabel``). The total is the sum of the rows shown. Lateness is judged on `asOf`
    /// (today when nil).
    package func monthlyReport(for period: MonthlyPeriod, county: String? = nil, asOf: LocalDate? = nil)
        throws(StoreError) -> MonthlyReport
    {
        var report = try liveMonthlyReport(for: period, county: county, asOf: asOf)
        let reviews = Dictionary(
            uniqueKeysWithValues: try monthlyReviews(for: period, asOf: report.asOf).map { ($0.countyCode, $0) })
        var lines = Dictionary(grouping: report.enterprises, by: \.countyCode)
        report.counties = report.counties.map { live in
            guard let review = reviews[live.code] else { return live }
            var row = live
            if review.isLocked, let locked = review.lockedFigures {
                row = locked
                row.isLocked = true
                if let submitted = review.lockedEnterprises { lines[live.code] = submitted }
            }
            row.review = review.state
            return row
        }
        report.enterprises = report.counties.flatMap { lines[$0.code] ?? [] }
        report.total = MonthlyCountyRow.total(of: report.counties, code: report.total.code)
        return report
    }

    // MARK: Helpers

    private func review(
        countyCode: String, period: MonthlyPeriod, to state: MonthlyReview.State, note: String, actor: String
    ) throws(StoreError) -> MonthlyReview {
        try Self.checkActor(actor)
        let current = try monthlyReview(for: period, countyCode: countyCode)
        let entity = "\(current.countyName) \(period.label)月报"
        let text = note.trimmingCharacters(in: .whitespacesAndNewlines)
        if state == .returned, text.isEmpty {
            throw StoreError(.invalidInput, field: "退回原因", entity: entity, message: "退回时须填写退回原因")
        }
        var figures: String?
        if state == .approved, current.lockedFigures == nil {
            figures = try Self.snapshotText(try liveMonthlyReport(for: period, county: countyCode))
        }
        try write { db in
            let row = try Self.submissionRow(db, countyCode: countyCode, period: period)
            let latest = Self.review(
                period, county: try Region.fetchOne(db, key: countyCode)!, row: row, asOf: LocalDate.today(now()))
            let allowed = state == .approved ? latest.canApprove : latest.canReturn
            guard allowed, let row else {
                let action = state == .approved ? "审核通过" : "退回"
                throw StoreError(
                    .conflict, entity: entity, message: "月报当前为“\(latest.state.label)”，不能\(action)")
            }
            let id: Int64 = row["id"]
            let before = try Self.submissionJSON(db, id: id)
            if let figures {  // before the approval, which locks the row
                try db.execute(
                    sql: "UPDATE monthly_submission SET figures_json = ? WHERE id = ? AND figures_json IS NULL",
                    arguments: [figures, id])
            }
            try db.execute(
                sql: """
                    UPDATE monthly_submission SET review_status = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?
                    WHERE id = ?
                    """, arguments: [state.rawValue, actor, now(), text, id])
            try audit(
                db, actor: actor, action: state == .approved ? "approve" : "return", entity: "monthly_submission",
                entityID: String(id), before: before, after: try Self.submissionJSON(db, id: id))
        }
        return try monthlyReview(for: period, countyCode: countyCode)
    }

    /// Refuses a submission while one awaits review or after approval.
    private static func requireSubmittable(_ review: MonthlyReview, entity: String) throws(StoreError) {
        switch review.state {
        case .notSubmitted, .returned:
            return
        case .submitted:
            let day = (review.resubmittedOn ?? review.submission.submittedOn).map { "已于 \($0) 报送，" } ?? "已报送，"
            throw StoreError(
                .conflict, entity: entity,
                message: day + "正在等待盟市应急管理局审核，数据已锁定；如需修改请联系盟市应急管理局退回")
        case .approved:
            throw StoreError(.conflict, entity: entity, message: "已审核通过，数据已锁定，不能重新报送")
        }
    }

    /// The review of a county from its `monthly_submission` row (nil: none).
    private static func review(_ period: MonthlyPeriod, county: Region, row: Row?, asOf: LocalDate) -> MonthlyReview {
        let snapshot = MonthlyRowSnapshot.parse(row?["figures_json"])
        let submitted = row.flatMap { ($0["status"] as String?) == "submitted" ? ($0["submitted_at"] as String?) : nil }
        let submittedOn = submitted.flatMap { LocalDate(parsing: String($0.prefix(10))) }
        var state = MonthlyReview.State.notSubmitted
        if submittedOn != nil {
            state = (row?["review_status"] as String?).flatMap(MonthlyReview.State.init(rawValue:)) ?? .submitted
        }
        return MonthlyReview(
            period: period, countyCode: county.code, countyName: county.name, state: state,
            submission: MonthlySubmission(
                countyCode: county.code, countyName: county.name, dueDate: period.dueDate, submittedOn: submittedOn,
                recordedAt: submittedOn == nil ? nil : row?["recorded_at"], asOf: asOf),
            resubmittedOn: (row?["resubmitted_at"] as String?).flatMap { LocalDate(parsing: String($0.prefix(10))) },
            reviewedBy: row?["reviewed_by"], reviewedAt: row?["reviewed_at"],
            note: (row?["review_note"] as String?) ?? "",
            lockedFigures: snapshot?.row, lockedEnterprises: snapshot?.lines)
    }

    private static func submissionRow(_ db: Database, countyCode: String, period: MonthlyPeriod) throws -> Row? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM monthly_submission WHERE county_code = ? AND month = ?",
            arguments: [countyCode, period.description])
    }

    /// The stored row as audit JSON (sorted keys), figures included.
    private static func submissionJSON(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT json_object('county_code', county_code, 'figures', json(figures_json), 'id', id, 'month', month,
                    'recorded_at', recorded_at, 'resubmitted_at', resubmitted_at, 'review_note', review_note, 'review_status', review_status,
                    'reviewed_at', reviewed_at, 'reviewed_by', reviewed_by, 'status', status, 'submitted_at', submitted_at)
                FROM monthly_submission WHERE id = ?
                """, arguments: [id])
    }

    /// The snapshot text of a one-county report.
    static func snapshotText(_ report: MonthlyReport) throws(StoreError) -> String {
        do {
            return try MonthlyRowSnapshot(report.counties[0], enterprises: report.enterprises).jsonText()
        } catch { throw StoreError.wrap(error) }
    }
}
