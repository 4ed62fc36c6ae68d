import Foundation
import HazChemCore
import HazChemStore

/// The panel list: each team with its region, leader, people and visits.
struct PanelListView {
    struct Row {
        var id: Int64
        var name: String
        var region: String
        var leader: String
        var people: Int
        var visits: Int
        var next: String
    }

    var rows: [Row]
    var notice: String?
    var isEmpty: Bool

    init(_ panels: [PanelDetail], today: LocalDate, notice: String?) {
        rows = panels.map { detail in
            let upcoming = detail.visits.first { $0.visit.onSiteEnd >= today }
            return Row(
                id: detail.panel.id!, name: detail.panel.name, region: detail.region?.name ?? detail.panel.regionCode,
                leader: detail.leader?.name ?? "—", people: detail.seats.count, visits: detail.visits.count,
                next: upcoming.map { "\($0.enterprise.name)（\($0.visit.onSiteStart)起）" } ?? "—")
        }
        isEmpty = rows.isEmpty
        self.notice = notice
    }
}
