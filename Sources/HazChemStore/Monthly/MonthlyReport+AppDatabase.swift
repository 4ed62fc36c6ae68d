import Foundation
import GRDB
import HazChemCore
import HazChemTables

extension AppDatabase {
    /// Computes the monthly figures for `period` as they stand now, for one county (code, name or alias) or all
    /// counties, judging the county submissions on `asOf` (today by default). Every reader goes through
    /// ``monthlyReport(for:county:asOf:)``, which shows a submitted county's locked figures instead.
    ///
    /// Runs a handful of SQL aggregates grouped by county in one read transaction, so the figures are
    /// consistent with each other and cheap on 20,000 enterprises.
    func liveMonthlyReport(for period: MonthlyPeriod, county: String? = nil, asOf: LocalDate? = nil)
        throws(StoreError) -> MonthlyReport
    {
        let asOf = asOf ?? LocalDate.today(now())
        return try read { db in try Self.liveMonthlyReport(db, for: period, county: county, asOf: asOf) }
    }

    /// ``liveMonthlyReport(for:county:asOf:)`` in the caller's transaction.
    static func liveMonthlyReport(_ db: Database, for period: MonthlyPeriod, county: String?, asOf: LocalDate) throws
        -> MonthlyReport
    {
        let directory = RegionDirectory(try Region.order(Column("position"), Column("code")).fetchAll(db))
        var counties = directory.regions.filter { $0.level == .county }
        if let county {
            guard let region = directory.county(county) else {
                throw StoreError(.invalidInput, field: "旗县市", message: directory.unknownCountyMessage(county))
            }
            counties = [region]
        }
        let prefecture = directory.regions.first { $0.level == .prefecture }
        let arguments: StatementArguments = [
            "start": period.firstDay, "end": period.lastDay, "county": county == nil ? nil : counties[0].code,
        ]
        let rows = try Self.countyRows(db, counties: counties, arguments: arguments)
        let names = Dictionary(uniqueKeysWithValues: counties.map { ($0.code, $0.name) })
        let submitted = try Self.submissionDays(db, period: period)
        return MonthlyReport(
            period: period, asOf: asOf, countyCode: county == nil ? nil : counties[0].code,
            prefectureCode: prefecture?.code, prefectureName: prefecture?.name, counties: rows,
            total: MonthlyCountyRow.total(of: rows, code: prefecture?.code ?? ""),
            enterprises: try Self.enterpriseLines(db, names: names, arguments: arguments),
            submissions: counties.map {
                MonthlySubmission(
                    countyCode: $0.code, countyName: $0.name, dueDate: period.dueDate,
                    submittedOn: submitted[$0.code]?.stated, recordedAt: submitted[$0.code]?.recorded, asOf: asOf)
            })
    }

    /// The per-county figures from the scope, assessment and report aggregates.
    private static func countyRows(_ db: Database, counties: [Region], arguments: StatementArguments) throws
        -> [MonthlyCountyRow]
    {
        var scopes: [String: MonthlyScope] = [:]
        for row in try Row.fetchAll(db, sql: MonthlySQL.scope, arguments: arguments) {
            guard let kind = EnterpriseKind(rawValue: row["kind"]) else { continue }
            scopes[row["county_code"], default: MonthlyScope()][kind] = row["enterprises"]
        }
        // [county: [in_month: figures]]; the cumulative figures are the month's plus the earlier months'.
        var figures: [String: [Bool: MonthlyFigures]] = [:]
        for row in try Row.fetchAll(db, sql: MonthlySQL.assessmentFigures, arguments: arguments) {
            figures[row["county_code"], default: [:]][row["in_month"]] = MonthlyFigures(assessmentRow: row)
        }
        for row in try Row.fetchAll(db, sql: MonthlySQL.overdueReports, arguments: arguments) {
            figures[row["county_code"], default: [:]][row["in_month"], default: MonthlyFigures()].overdueReports =
                row["overdue"]
        }
        return counties.map { county in
            let scope = scopes[county.code] ?? MonthlyScope()
            var month = figures[county.code]?[true] ?? MonthlyFigures()
            var cumulative = month + (figures[county.code]?[false] ?? MonthlyFigures())
            month.inScope = scope.total
            cumulative.inScope = scope.total
            return MonthlyCountyRow(
                code: county.code, name: county.name, scope: scope, month: month, cumulative: cumulative)
        }
    }

    /// The day each county submitted its report for `period`.
    private static func submissionDays(_ db: Database, period: MonthlyPeriod) throws
        -> [String: (stated: LocalDate, recorded: RecordedTime?)]
    {
        var days: [String: (stated: LocalDate, recorded: RecordedTime?)] = [:]
        for row in try Row.fetchAll(db, sql: MonthlySQL.submissions, arguments: ["month": period.description]) {
            days[row["county_code"]] = (row["submitted_on"], row["recorded_at"])
        }
        return days
    }

    /// The per-enterprise list, with direct-red conditions spelled out from each assessment's grading table.
    private static func enterpriseLines(_ db: Database, names: [String: String], arguments: StatementArguments)
        throws -> [MonthlyEnterpriseLine]
    {
        var tables: [String: GradingTable?] = [:]
        func condition(_ id: String, hash: String?) throws -> DirectRedCondition {
            guard let hash else { return DirectRedCondition(id: id, text: "") }
            if tables[hash] == nil {
                let yaml = try String.fetchOne(
                    db, sql: "SELECT yaml FROM table_snapshot WHERE hash = ?", arguments: [hash])
                tables[hash] = yaml.flatMap { try? GradingTableLoader.load(file: "table_snapshot", text: $0) }
            }
            return tables[hash]??.directRedCondition(id: id) ?? DirectRedCondition(id: id, text: "")
        }
        return try Row.fetchAll(db, sql: MonthlySQL.enterpriseLines, arguments: arguments).map { row in
            let hash: String? = row["grading_table_hash"]
            let ids = JSONText.strings(row["direct_red"]) ?? []
            return try MonthlyEnterpriseLine(
                row: row, countyName: names[row["county_code"]] ?? row["county_code"],
                directRed: try ids.map { id in try condition(id, hash: hash) })
        }
    }
}

extension MonthlyEnterpriseLine {
    /// A line from one row of ``MonthlySQL/enterpriseLines``; a stored value the types refuse is a database error.
    init(row: Row, countyName: String, directRed: [DirectRedCondition]) throws(StoreError) {
        let id: Int64 = row["assessment_id"]
        func bad(_ column: String) -> StoreError {
            StoreError(.database, field: column, entity: "评估 #\(id)", message: "数据库中的值无效")
        }
        guard let kind = EnterpriseKind(rawValue: row["kind"]) else { throw bad("kind") }
        guard let grade = Grade(rawValue: row["grade"]) else { throw bad("grade") }
        guard let end = LocalDate.fromDatabaseValue(row["end_day"]) else { throw bad("on_site_end") }
        let start: String? = row["start_day"]
        self.init(
            enterpriseID: row["enterprise_id"], name: row["name"], creditCode: row["credit_code"], kind: kind,
            countyCode: row["county_code"], countyName: countyName, assessmentID: id, version: row["version"],
            onSiteStart: start.flatMap(LocalDate.init(parsing:)), onSiteEnd: end, inMonth: row["in_month"],
            panelLeader: row["leader"], score: Tenths(raw: row["score_tenths"]), grade: grade, directRed: directRed,
            hazardsFound: row["hazards"], majorHazards: row["major_hazards"],
            hazardsRectified: row["rectified_hazards"],
            disposition: (row["disposition"] as String?).flatMap(DispositionClass.init(rawValue:)),
            closureAction: (row["closure_action"] as String?).flatMap(ClosureAction.init(rawValue:)))
    }
}

extension MonthlyFigures {
    /// The figures of one row of ``MonthlySQL/assessmentFigures``.
    init(assessmentRow row: Row) {
        self.init()
        assessed = row["assessed"]
        red = row["red"]
        directRed = row["direct_red"]
        orange = row["orange"]
        yellow = row["yellow"]
        blue = row["blue"]
        closeOrSuspend = row["close_or_suspend"]
        suspendAndRectify = row["suspend_and_rectify"]
        close = row["close"]
        rectify = row["rectify"]
        consolidate = row["consolidate"]
        generalHazards = row["general_hazards"]
        majorHazards = row["major_hazards"]
        rectifiedHazards = row["rectified_hazards"]
        overdueHazards = row["overdue_hazards"]
        expertPersonTimes = row["experts"]
        regulatorPersonTimes = row["regulators"]
        staffSpotChecked = row["spot_checked"]
        staffPassed = row["spot_passed"]
    }
}
