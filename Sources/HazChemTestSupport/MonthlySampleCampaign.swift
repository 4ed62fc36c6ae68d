import Foundation
import HazChemCore
import HazChemStore

/// The hand-made campaign the monthly-report tests count by hand; report month 2019-07 (end 2019-07-31).
///
/// 乌兰浩特市 (152201):
/// - 甲 production: on site 06-18…06-20, signed yellow 80.0, report 06-25 (due 06-30, on time), rectify decided
///   06-28; panel 4 experts + 1 regulator; spot checks 3 (2 passed); hazards: general rectified 07-10,
///   general open with deadline 08-30. Counts only cumulatively (June).
/// - 乙 storage: v1 on site 07-01…07-05, signed orange 70.0, report 07-10 (due 07-15, on time), one general
///   hazard and 2 spot checks; v2 corrects v1: red 55.0, submitted 07-30, 停产整改 decided 07-28
///   (dispositionDecided); v2 hazards: major open deadline 07-20 (overdue), general verified 07-25; spot checks
///   4 (4 passed). Both versions on one panel: 5 experts + 2 regulators.
/// - 丙 trading with storage: on site 07-10…07-12, signed red 82.0 with direct red R2, report 07-25 (due 07-22,
///   late), no disposition yet; panel 4 + 1; spot check 1 (failed); hazard: major rectified 08-05 (after the
///   month), deadline 08-10.
/// - 丁 production, closed, never assessed (out of scope).
/// - 戊 storage: assessment still on site, ended 07-15, report never submitted (due 07-25: overdue).
/// 阿尔山市 (152202):
/// - 己 production: on site 07-18…07-20, blue 92.0, report 07-29 (due 07-30, on time), consolidate decided
///   08-02 (after the month); panel 4 + 1; spot checks 2 (1 passed); hazard: general rectifying, deadline 07-25.
/// - 庚 trading without storage, closed after its assessment: on site 06-08…06-10, red 50.0, report 06-25
///   (due 06-20, late), 关闭淘汰 decided 06-20; panel 4 + 1; hazard: major open, deadline 07-15.
/// - 辛 storage, suspended, never assessed (in scope).
/// - 壬 production: on site 08-01…08-03, signed blue (after the month: not counted).
/// Submissions for 2019-07 (due 2019-08-01): 乌兰浩特市 on 2019-08-03 (late); 阿尔山市 none.
package enum MonthlySampleCampaign {
    /// The report month.
    package static let month = MonthlyPeriod(year: 2019, month: 7)!
    /// The day submissions are judged on in the tests.
    package static let asOf = LocalDate(year: 2019, month: 8, day: 5)!

    /// Fills `database` with the campaign; returns the builder.
    @discardableResult
    package static func build(into database: AppDatabase) throws -> MonthlyCampaignBuilder {
        let b = try MonthlyCampaignBuilder(database)
        let (a, c) = ("152201", "152202")
        typealias Spec = MonthlyCampaignBuilder.AssessmentSpec

        let jia = try b.enterprise(1, "甲化工有限公司", county: a, kind: .production)
        var spec = Spec(
            enterprise: jia, panel: try b.panel(for: jia, start: "2019-06-18", end: "2019-06-20", leader: "张组长"),
            onSite: ("2019-06-18", "2019-06-20"), submitted: "2019-06-25", score: "80", grade: .yellow)
        spec.spotChecks = [true, true, false]
        spec.status = .dispositionDecided
        spec.disposition = (.rectify, nil, "2019-06-28")
        let jiaID = try b.assessment(spec)
        try b.hazard(of: jiaID, .general, status: .rectified, deadline: "2019-07-15", rectified: "2019-07-10")
        try b.hazard(of: jiaID, .general, deadline: "2019-08-30")

        let yi = try b.enterprise(2, "乙储运有限公司", county: a, kind: .storage)
        let yiPanel = try b.panel(
            for: yi, start: "2019-07-01", end: "2019-07-05", leader: "李组长", extraMembers: 1, regulators: 2)
        spec = Spec(
            enterprise: yi, panel: yiPanel, onSite: ("2019-07-01", "2019-07-05"), submitted: "2019-07-10",
            score: "70", grade: .orange)
        spec.spotChecks = [true, false]
        let yiV1 = try b.assessment(spec)
        try b.hazard(of: yiV1, .general, deadline: "2019-07-20")
        spec.corrects = yiV1
        spec.submitted = "2019-07-30"
        (spec.score, spec.grade) = ("55", .red)
        spec.spotChecks = [true, true, true, true]
        spec.status = .dispositionDecided
        spec.disposition = (.closeOrSuspend, .suspendAndRectify, "2019-07-28")
        let yiV2 = try b.assessment(spec)
        try b.hazard(of: yiV2, .major, deadline: "2019-07-20")
        try b.hazard(of: yiV2, .general, status: .verified, deadline: "2019-07-31", rectified: "2019-07-25")

        let bing = try b.enterprise(3, "丙化工贸易有限公司", county: a, kind: .tradingWithStorage)
        spec = Spec(
            enterprise: bing, panel: try b.panel(for: bing, start: "2019-07-10", end: "2019-07-12", leader: "王组长"),
            onSite: ("2019-07-10", "2019-07-12"), submitted: "2019-07-25", score: "82", grade: .red)
        spec.directRed = ["R2"]
        spec.spotChecks = [false]
        let bingID = try b.assessment(spec)
        try b.hazard(of: bingID, .major, status: .rectified, deadline: "2019-08-10", rectified: "2019-08-05")

        try b.enterprise(4, "丁化工有限公司", county: a, kind: .production, status: .closed)

        let wu = try b.enterprise(5, "戊储运有限公司", county: a, kind: .storage)
        spec = Spec(
            enterprise: wu, panel: try b.panel(for: wu, start: "2019-07-14", end: "2019-07-15", leader: "赵组长"),
            onSite: ("2019-07-14", "2019-07-15"), submitted: nil)
        spec.status = .onSite
        try b.assessment(spec)

        let ji = try b.enterprise(6, "己化工有限公司", county: c, kind: .production)
        spec = Spec(
            enterprise: ji, panel: try b.panel(for: ji, start: "2019-07-18", end: "2019-07-20", leader: "钱组长"),
            onSite: ("2019-07-18", "2019-07-20"), submitted: "2019-07-29", score: "92", grade: .blue)
        spec.spotChecks = [true, false]
        spec.status = .dispositionDecided
        spec.disposition = (.consolidate, nil, "2019-08-02")
        let jiID = try b.assessment(spec)
        try b.hazard(of: jiID, .general, status: .rectifying, deadline: "2019-07-25")

        let geng = try b.enterprise(7, "庚化工贸易有限公司", county: c, kind: .tradingWithoutStorage, status: .closed)
        spec = Spec(
            enterprise: geng, panel: try b.panel(for: geng, start: "2019-06-08", end: "2019-06-10", leader: "孙组长"),
            onSite: ("2019-06-08", "2019-06-10"), submitted: "2019-06-25", score: "50", grade: .red)
        spec.status = .dispositionDecided
        spec.disposition = (.closeOrSuspend, .close, "2019-06-20")
        let gengID = try b.assessment(spec)
        try b.hazard(of: gengID, .major, deadline: "2019-07-15")

        try b.enterprise(8, "辛储运有限公司", county: c, kind: .storage, status: .suspended)

        let ren = try b.enterprise(9, "壬化工有限公司", county: c, kind: .production)
        spec = Spec(
            enterprise: ren, panel: try b.panel(for: ren, start: "2019-08-01", end: "2019-08-03", leader: "周组长"),
            onSite: ("2019-08-01", "2019-08-03"), submitted: "2019-08-05", score: "95", grade: .blue)
        try b.assessment(spec)

        try database.submitMonthlyFigures(
            countyCode: a, period: month, on: LocalDate(year: 2019, month: 8, day: 3)!, actor: b.actor)
        return b
    }
}
