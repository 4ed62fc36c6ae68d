import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Everything about one assessment version, tables loaded from its snapshots; nil when it does not exist.
    ///
    /// - parameter asOf: the day lateness is judged on (today when nil).
    package func assessmentDetail(id: Int64, asOf: LocalDate? = nil) throws(StoreError) -> AssessmentDetail? {
        let day = asOf ?? LocalDate.today(now())
        return try read { db in
            guard let assessment = try Assessment.fetchOne(db, key: id) else { return nil }
            let session = AssessmentSession(db: db, now: now(), actor: "")
            let state = try session.state(assessment)
            return try Self.detail(db, state: state, asOf: day)
        }
    }

    /// The assessments matching `filter`, by county (configuration order), enterprise name, version.
    package func assessments(_ filter: AssessmentFilter = AssessmentFilter()) throws(StoreError) -> [AssessmentListing]
    {
        let day = filter.asOf ?? LocalDate.today(now())
        return try read { db in try Self.assessments(db, filter, day: day, limit: nil, offset: 0) }
    }

    /// One page of the assessments matching `filter`, in the order of ``assessments(_:)``.
    package func assessmentPage(_ filter: AssessmentFilter, page: Int, pageSize: Int) throws(StoreError)
        -> ListPage<AssessmentListing>
    {
        let day = filter.asOf ?? LocalDate.today(now())
        return try read { db in
            let total = try Self.count(db, filter)
            let window = ListPage<AssessmentListing>.window(page: page, pageSize: pageSize, total: total)
            return ListPage(
                rows: try Self.assessments(db, filter, day: day, limit: window.size, offset: window.offset),
                total: total, page: window.page, pageSize: window.size)
        }
    }

    /// The number of assessments `filter` matches.
    ///
    /// Without a condition on the enterprise, the latest versions are counted as all the matching assessments
    /// minus the superseded ones, both on indexes (8 ms at 190,000 assessments, where a `NOT EXISTS` per row took
    /// 0.1 s and the prefecture's list page waited for it); with one, the join and the per-row test stay (SQLite's
    /// plan for the subtraction over the join is far worse).
    static func count(_ db: Database, _ filter: AssessmentFilter) throws -> Int {
        let onEnterprise = filter.countyCode != nil || !(filter.search?.trimmed.isEmpty ?? true)
        if filter.latestVersionOnly, !onEnterprise {
            var every = filter
            every.latestVersionOnly = false
            let (whereClause, arguments) = conditions(every)
            let superseded =
                (whereClause.isEmpty ? "WHERE " : whereClause + " AND ")
                + "a.id IN (SELECT previous_version_id FROM assessment WHERE previous_version_id IS NOT NULL)"
            return try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM assessment a \(whereClause))
                        - (SELECT COUNT(*) FROM assessment a \(superseded))
                    """, arguments: arguments + arguments)!
        }
        let (whereClause, arguments) = conditions(filter)
        return try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM assessment a JOIN enterprise e ON e.id = a.enterprise_id \(whereClause)",
            arguments: arguments)!
    }

    /// The `WHERE` clause of an assessment filter (aliases `a` assessment, `e` enterprise) and its arguments.
    private static func conditions(_ filter: AssessmentFilter) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let county = filter.countyCode { conditions.append("e.county_code = ?"); arguments.append(county) }
        if let status = filter.status { conditions.append("a.status = ?"); arguments.append(status.rawValue) }
        if let id = filter.enterpriseID { conditions.append("a.enterprise_id = ?"); arguments.append(id) }
        if let from = filter.from { conditions.append("a.on_site_end >= ?"); arguments.append(from) }
        if let to = filter.to { conditions.append("a.on_site_end <= ?"); arguments.append(to) }
        if filter.latestVersionOnly {
            conditions.append("NOT EXISTS (SELECT 1 FROM assessment n WHERE n.previous_version_id = a.id)")
        }
        if let search = filter.search?.trimmed, !search.isEmpty {
            conditions.append("instr(e.name, ?) > 0")
            arguments.append(search)
        }
        if let expert = filter.panelExpertID {
            conditions.append("a.id IN (\(AccessScope.assessmentIDs(seenBy: expert)))")
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (whereClause, StatementArguments(arguments))
    }

    private static func assessments(
        _ db: Database, _ filter: AssessmentFilter, day: LocalDate, limit: Int?, offset: Int
    ) throws -> [AssessmentListing] {
        let (whereClause, arguments) = conditions(filter)
        let page = limit.map { "LIMIT \($0) OFFSET \(offset)" } ?? ""
        // The page is chosen on the narrow sort keys first, and only its rows are read whole: sorting every
        // matching assessment with all its columns and its leader's name took seconds at 190,000 assessments.
        let inOrder = filter.enterpriseID == nil && filter.panelExpertID == nil
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.*, p.name AS panel_name,
                    (SELECT x.name FROM panel_member m JOIN expert x ON x.id = m.expert_id
                     WHERE m.panel_id = a.panel_id AND m.role = 'leader') AS leader_name
                FROM (SELECT a.id, r.position AS county_position, r.code AS county, e.name AS enterprise_name
                    FROM \(PageSQL.inListOrder("assessment", "a", inOrder: inOrder))
                    \(whereClause)
                    ORDER BY \(PageSQL.listOrder(then: "a.id")) \(page)) chosen
                JOIN assessment a ON a.id = chosen.id LEFT JOIN panel p ON p.id = a.panel_id
                ORDER BY chosen.county_position, chosen.county, chosen.enterprise_name, a.enterprise_id, a.id
                """, arguments: arguments)
        let enterprises = Dictionary(
            uniqueKeysWithValues: try Enterprise.fetchAll(db, keys: Set(rows.map { $0["enterprise_id"] as Int64 }))
                .map { ($0.id!, $0) })
        return try rows.map { row in
            let assessment = try Assessment(row: row)
            return AssessmentListing(
                assessment: assessment, enterprise: enterprises[assessment.enterpriseID]!,
                panelName: row["panel_name"], leaderName: row["leader_name"], late: assessment.isLate(asOf: day))
        }
    }

    /// Builds the detail of a loaded state.
    static func detail(_ db: Database, state: AssessmentState, asOf: LocalDate) throws -> AssessmentDetail {
        let assessment = state.assessment
        let id = assessment.id!
        let tables = state.tables
        let order = Dictionary(uniqueKeysWithValues: tables.checklist.items.enumerated().map { ($1.id, $0) })
        let responses = state.responses.sorted {
            (order[$0.itemID] ?? .max, $0.itemID) < (order[$1.itemID] ?? .max, $1.itemID)
        }
        .map { AssessmentDetail.ResponseLine(response: $0, expert: $0.expertID.flatMap { state.experts[$0] }) }
        let idOrder = tables.grading.ruleEntries.map(\.rule.id) + tables.grading.directRed.map(\.id)
        let answerOrder = Dictionary(idOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let answers = state.answers.sorted {
            (answerOrder[$0.ruleID] ?? .max, $0.ruleID) < (answerOrder[$1.ruleID] ?? .max, $1.ruleID)
        }
        var sheet: ScoreSheet?
        var problems: [String] = []
        do { sheet = try GradingEngine(table: tables.grading).score(state.gradingAnswers) } catch {
            problems = error.problems.map(\.message)
        }
        var unmet: [SignOffRequirement] = []
        if !assessment.status.isFrozen {
            unmet = state.facts.unmetRequirements(includingSignatures: assessment.status == .submitted)
        }
        let hazards = try Hazard.filter(Column("assessment_id") == id).fetchAll(db)
            .sorted { (order[$0.itemID ?? ""] ?? .max, $0.id!) < (order[$1.itemID ?? ""] ?? .max, $1.id!) }
        let signers = state.requiredSigners.map(\.id)
        let signatures = state.signatures.compactMap { signature in
            state.experts[signature.expertID].map { AssessmentDetail.SignatureLine(signature: signature, expert: $0) }
        }
        .sorted {
            (signers.firstIndex(of: $0.expert.id!) ?? .max, $0.expert.name) < (
                signers.firstIndex(of: $1.expert.id!) ?? .max, $1.expert.name
            )
        }
        let seal = try AssessmentSeal.fetch(db, assessmentID: id)
        var panel = try state.panel.map { try Self.detail(db, panel: $0) }
        if let signed = seal?.content.panel { panel?.seats = Self.seats(signed, panelID: assessment.panelID ?? 0) }
        return AssessmentDetail(
            assessment: assessment, enterprise: state.enterprise, panel: panel,
            visit: try Self.visit(db, assessmentID: id), checklist: tables.checklist,
            gradingTable: tables.grading, criteria: tables.criteria, responses: responses, answers: answers,
            confirmedAnswers: GradingAnswers(
                table: tables.grading, rows: state.answers.filter { $0.source == .confirmed }),
            gradingAnswers: state.gradingAnswers, scoreSheet: sheet, gradingProblems: problems,
            progress: ChecklistEvaluator(checklist: tables.checklist).progress(of: state.checklistResponses),
            unmet: unmet, hazards: hazards, spotChecks: state.spotChecks, signatures: signatures,
            disposition: try Disposition.filter(Column("assessment_id") == id).fetchOne(db),
            versions: try versions(db, of: assessment), asOf: asOf, seal: seal)
    }

    /// The seats of a signed assessment's panel as they stood at signing (a signed assessment keeps its panel).
    private static func seats(_ signed: SealedContent.Panel, panelID: Int64) -> [PanelDetail.Seat] {
        signed.members.map {
            PanelDetail.Seat(
                member: PanelMember(
                    panelID: panelID, expertID: $0.expertID, role: PanelRole(rawValue: $0.role) ?? .member,
                    specialty: $0.specialty),
                expert: Expert(
                    id: $0.expertID, name: $0.name, organisation: $0.organisation, specialty: $0.specialty,
                    title: $0.title))
        }
    }

    /// Every version of the assessment chain holding `assessment`, oldest first.
    private static func versions(_ db: Database, of assessment: Assessment) throws -> [Assessment] {
        var chain = [assessment]
        while let previous = chain.first?.previousVersionID, let row = try Assessment.fetchOne(db, key: previous) {
            chain.insert(row, at: 0)
        }
        while let next = try Assessment.filter(Column("previous_version_id") == chain.last!.id!).fetchOne(db) {
            chain.append(next)
        }
        return chain
    }
}
