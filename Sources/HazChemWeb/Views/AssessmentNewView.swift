import Foundation
import HazChemCore
import HazChemStore

/// The form creating an assessment from a scheduled visit (tables chosen by the enterprise's kind).
struct AssessmentNewView {
    var visits: [Choice]
    var errors: [String] = []
    var isEmpty: Bool

    init(_ list: [PanelDetail.Visit], panels: [Int64: String], chosen: String?) {
        visits = Choice.list(
            list, value: { String($0.visit.id!) },
            label: {
                "\($0.enterprise.name)（\($0.enterprise.kind.label)）— \(panels[$0.visit.panelID] ?? "专家组")，"
                    + "\($0.visit.onSiteStart)至\($0.visit.onSiteEnd)"
            }, chosen: chosen, allLabel: "请选择现场评估安排")
        isEmpty = list.isEmpty
    }
}
