import Foundation
import GRDB
import HazChemCore

extension AssessmentSession {
    /// Creates the planned assessment of an enterprise by one of its panels: that of the panel's earliest visit to
    /// the enterprise with no assessment yet (see ``create(visitID:tables:)``).
    func create(enterpriseID: Int64, panelID: Int64, tables: AssessmentTables) throws -> Assessment {
        guard let enterprise = try Enterprise.fetchOne(db, key: enterpriseID) else {
            throw StoreError(.notFound, entity: "企业 #\(enterpriseID)", message: "企业不存在")
        }
        guard let panel = try Panel.fetchOne(db, key: panelID) else {
            throw StoreError(.notFound, entity: "专家组 #\(panelID)", message: "专家组不存在")
        }
        let visits = try PanelVisit.filter(Column("panel_id") == panelID && Column("enterprise_id") == enterpriseID)
            .order(Column("on_site_start"), Column("id")).fetchAll(db)
        guard let visit = visits.first(where: { $0.assessmentID == nil }) ?? visits.first else {
            throw StoreError(
                .invalidInput, field: "专家组", entity: panel.entityLabel,
                message: "专家组（编号\(panelID)）没有安排到“\(enterprise.name)”的现场评估，不能评估该企业；请先安排现场评估")
        }
        return try create(visit: visit, tables: tables)
    }

    /// Creates the planned assessment of a scheduled visit with `tables` (on-site dates and report deadline from
    /// the visit), stores the table snapshots and pre-fills the grading answers; a visit has one assessment.
    func create(visitID: Int64, tables: AssessmentTables) throws -> Assessment {
        guard let visit = try PanelVisit.fetchOne(db, key: visitID) else {
            throw StoreError(.notFound, entity: "现场评估安排 #\(visitID)", message: "现场评估安排不存在")
        }
        return try create(visit: visit, tables: tables)
    }

    private func create(visit: PanelVisit, tables: AssessmentTables) throws -> Assessment {
        let enterprise = try Enterprise.fetchOne(db, key: visit.enterpriseID)!
        let panel = try Panel.fetchOne(db, key: visit.panelID)!
        var problems: [StoreError.Problem] = []
        for (header, label) in [(tables.grading.header, "分级表"), (tables.checklist.header, "检查表")]
        where !header.appliesTo.contains(enterprise.kind) {
            problems.append(
                .init(
                    field: label, entity: enterprise.entityLabel,
                    message: "\(label)“\(header.id)”不适用于“\(enterprise.kind.label)”企业"))
        }
        if let id = visit.assessmentID, let other = try Assessment.fetchOne(db, key: id) {
            problems.append(
                .init(
                    field: "专家组", entity: panel.entityLabel,
                    message:
                        "专家组（编号\(panel.id!)）\(visit.onSiteStart)至\(visit.onSiteEnd)的现场评估已用于\(other.entityLabel)；更正请使用 assessment correct"
                ))
        }
        if !problems.isEmpty { throw StoreError(.invalidInput, problems: problems) }
        try tables.storeSnapshots(db, at: now)
        var assessment = Assessment(
            enterpriseID: enterprise.id!, panelID: panel.id!, version: 1, status: .planned,
            onSiteStart: visit.onSiteStart, onSiteEnd: visit.onSiteEnd,
            dueDate: visit.onSiteEnd.adding(days: ReportDeadline.days), gradingTableID: tables.grading.id,
            gradingTableVersion: tables.grading.header.version, gradingTableHash: tables.gradingSource.hash,
            checklistTableID: tables.checklist.header.id, checklistTableVersion: tables.checklist.header.version,
            checklistTableHash: tables.checklistSource.hash, criteriaTableID: tables.criteria?.header.id,
            criteriaTableVersion: tables.criteria?.header.version, criteriaTableHash: tables.criteriaSource?.hash,
            directRed: [], risk: RiskDescription(), createdAt: now, updatedAt: now)
        try assessment.insert(db)
        try db.execute(
            sql: "UPDATE panel_visit SET assessment_id = ? WHERE id = ?", arguments: [assessment.id!, visit.id!])
        try auditRecords("create", "assessment", String(assessment.id!), before: Assessment?.none, after: assessment)
        try refreshPrefill(assessment)
        return assessment
    }

    /// Creates the next version of a signed assessment: responses, answers, spot checks, risk texts and the
    /// not-rectifiable finding copied; status 现场评估中; no signatures, no submission, no score.
    func correct(_ id: Int64) throws -> Assessment {
        let source = try assessment(id)
        guard source.status.isFrozen else {
            throw StoreError(
                .invalidInput, entity: source.entityLabel,
                message: "只有已签署的评估才能更正；“\(source.status.label)”的评估可以直接修改")
        }
        if let next = try Assessment.filter(Column("previous_version_id") == id).fetchOne(db) {
            throw StoreError(
                .conflict, entity: source.entityLabel, message: "此评估已有更正版本\(next.entityLabel)，请更正最新版本")
        }
        var copy = source
        copy.id = nil
        copy.version = source.version + 1
        copy.previousVersionID = id
        copy.status = .onSite
        (copy.submittedDate, copy.signedDate, copy.score, copy.grade, copy.directRed) = (nil, nil, nil, nil, [])
        copy.submittedRecordedAt = nil
        (copy.createdAt, copy.updatedAt) = (now, now)
        try copy.insert(db)
        let newID = copy.id!
        for table in ["checklist_response", "grading_answer"] {
            let columns = try db.columns(in: table).map(\.name).filter { $0 != "assessment_id" }.joined(separator: ", ")
            try db.execute(
                sql:
                    "INSERT INTO \(table) (assessment_id, \(columns)) SELECT ?, \(columns) FROM \(table) WHERE assessment_id = ?",
                arguments: [newID, id])
        }
        try db.execute(
            sql: """
                INSERT INTO spot_check (assessment_id, person, role, result, note)
                SELECT ?, person, role, result, note FROM spot_check WHERE assessment_id = ? ORDER BY id
                """, arguments: [newID, id])
        try auditRecords(
            "correct", "assessment", String(newID), before: Assessment?.none,
            after: CorrectionRecord(from: id, assessment: copy))
        try copyItemPhotos(from: id, to: newID)
        return copy
    }

    /// The finding photos of the checklist items follow their answers to the correction (a signed version's
    /// photos never change, so they are copied: same content, who and when); each copy is audited. Hazard photos
    /// stay with their hazard, which moves to the newest version when the correction is signed.
    private func copyItemPhotos(from id: Int64, to newID: Int64) throws {
        let first = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM photo") ?? 0
        try db.execute(
            sql: """
                INSERT INTO photo (assessment_id, item_id, stage, content, thumbnail, mime, width, height, byte_size,
                    sha256, taken_by, created_at)
                SELECT ?, item_id, stage, content, thumbnail, mime, width, height, byte_size, sha256, taken_by,
                    created_at FROM photo WHERE assessment_id = ? AND item_id IS NOT NULL ORDER BY id
                """, arguments: [newID, id])
        for photo in try Photo.fetchAll(db, where: "assessment_id = ? AND id > ?", [newID, first]) {
            try auditRecords("correct", "photo", String(photo.id), before: Photo?.none, after: photo)
        }
    }
}

/// The audit record of a correction: which version it corrects and the new row.
private struct CorrectionRecord: Encodable {
    var from: Int64
    var assessment: Assessment
}
