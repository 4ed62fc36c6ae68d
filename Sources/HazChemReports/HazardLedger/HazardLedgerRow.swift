import HazChemCore
import HazChemXLSX

/// One hazard (隐患) in the rectification ledger, as plain values the store can fill in.
package struct HazardLedgerRow: Sendable, Equatable {
    /// How many photos of one stage show the hazard.
    package struct PhotoCount: Sendable, Equatable {
        /// The stage label (检查发现, 整改后, 复查).
        package var stage: String
        /// How many.
        package var count: Int

        /// Creates a count.
        package init(stage: String, count: Int) {
            self.stage = stage
            self.count = count
        }
    }

    /// 企业名称.
    package var enterpriseName: String
    /// 旗县市.
    package var county: String
    /// The checklist item, e.g. `A01 主要负责人和安全生产管理人员经考核合格`.
    package var item: String
    /// 隐患描述 (the finding).
    package var description: String
    /// 隐患级别.
    package var level: HazardLevel
    /// 依据 (law or standard clause).
    package var basis: String
    /// 整改措施.
    package var measure: String
    /// 整改期限.
    package var deadline: LocalDate?
    /// 责任人.
    package var responsible: String
    /// 整改状态.
    package var status: HazardStatus
    /// 整改完成日期.
    package var rectifiedOn: LocalDate?
    /// 验收日期.
    package var verifiedOn: LocalDate?
    /// The hazard's number (its page is `/hazards/ID` on the web app); nil for rows not from the store.
    package var hazardID: Int64?
    /// How many photos show the hazard, by stage label (检查发现, 整改后, 复查), in stage order.
    package var photos: [PhotoCount] = []

    /// The ledger's photo cell: `3 张（检查发现 1，整改后 2）`, or 无.
    package var photoText: String {
        let total = photos.reduce(0) { $0 + $1.count }
        guard total > 0 else { return "无" }
        return "\(total) 张（\(photos.map { "\($0.stage) \($0.count)" }.joined(separator: "，"))）"
    }

    /// Creates a row.
    package init(
        enterpriseName: String, county: String, item: String, description: String, level: HazardLevel,
        basis: String = "", measure: String = "", deadline: LocalDate? = nil, responsible: String = "",
        status: HazardStatus = .open, rectifiedOn: LocalDate? = nil, verifiedOn: LocalDate? = nil
    ) {
        self.enterpriseName = enterpriseName
        self.county = county
        self.item = item
        self.description = description
        self.level = level
        self.basis = basis
        self.measure = measure
        self.deadline = deadline
        self.responsible = responsible
        self.status = status
        self.rectifiedOn = rectifiedOn
        self.verifiedOn = verifiedOn
    }

    /// Whether the hazard is still outstanding after its deadline on `day`.
    package func isOverdue(on day: LocalDate) -> Bool {
        guard status.isOutstanding, let deadline else { return false }
        return deadline < day
    }
}
