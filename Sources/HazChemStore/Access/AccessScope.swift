import Foundation
import GRDB

/// Which enterprises (and so which assessments, hazards and reports) a user may see.
///
/// Every page query takes a scope; a record outside it is reported as not found, never as forbidden,
/// so a county user cannot even learn that another county's enterprise exists.
package enum AccessScope: Sendable, Equatable {
    /// Every county (administrators and the prefecture bureau).
    case all
    /// One county, by GB/T 2260 code.
    case county(String)
    /// The enterprises assessed by panels this expert or regulator sits on.
    case panels(expertID: Int64)

    /// The county this scope is limited to, if any.
    package var countyCode: String? {
        if case .county(let code) = self { return code }
        return nil
    }

    /// An SQL condition on an assessment alias, such as `a`, true for assessments in scope: for an expert or
    /// regulator only those of panels they sit on, even at an enterprise they may see (its other assessments,
    /// their scores and hazards are someone else's panel's work).
    func assessmentCondition(_ alias: String) -> String {
        guard case .panels(let expertID) = self else { return "1" }
        return "\(alias).id IN (\(Self.assessmentIDs(seenBy: expertID)))"
    }

    /// The SQL selecting the ids of the assessments expert `expertID` may see: those of the panels they sit on,
    /// and those they signed — a member replaced after signing keeps sight of the report bearing their signature.
    static func assessmentIDs(seenBy expertID: Int64) -> String {
        """
        SELECT a.id FROM assessment a JOIN panel_member m ON m.panel_id = a.panel_id WHERE m.expert_id = \(expertID)
        UNION SELECT assessment_id FROM signature WHERE expert_id = \(expertID)
        """
    }

    /// An SQL condition on a column holding an enterprise id, such as `h.enterprise_id`, true for enterprises in
    /// scope: `1` for every county, so a query over all enterprises' rows need not join the enterprises.
    func condition(enterpriseID column: String) -> SQL {
        if case .all = self { return "1" }
        return "\(sql: column) IN (SELECT x.id FROM enterprise x WHERE \(condition(enterprise: "x")))"
    }

    /// An SQL condition on a `counted_assessment` alias, such as `c` (one row per enterprise, with its county), true
    /// for enterprises in scope.
    func condition(counted alias: String) -> SQL {
        if case .county(let code) = self { return "\(sql: alias).county_code = \(code)" }
        return condition(enterpriseID: "\(alias).enterprise_id")
    }

    /// An SQL condition on an enterprise alias, such as `e`, true for enterprises in scope.
    func condition(enterprise alias: String) -> SQL {
        switch self {
        case .all:
            return "1"
        case .county(let code):
            return "\(sql: alias).county_code = \(code)"
        case .panels(let expertID):
            return """
                (\(sql: alias).id IN (SELECT v.enterprise_id FROM panel_visit v JOIN panel_member m ON m.panel_id = v.panel_id
                    WHERE m.expert_id = \(expertID))
                OR \(sql: alias).id IN (SELECT a.enterprise_id FROM assessment a JOIN signature s ON s.assessment_id = a.id
                    WHERE s.expert_id = \(expertID)))
                """
        }
    }
}
