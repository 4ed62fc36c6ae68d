import HazChemCore
import HazChemXLSX

/// A lazy sequence of made-up, deterministic register rows for benchmarks and the hidden
/// `hazchem export register --synthetic N` option.
///
/// `bench/c/register.c` generates exactly the same cell values, so the two writers can be compared.
package struct SyntheticRegisterRows: Sequence, Sendable {
    /// How many rows the sequence yields.
    package var count: Int

    /// Creates a sequence of `count` rows.
    package init(count: Int) { self.count = count }

    /// The six counties of the seed prefecture, used in turn.
    static let counties = ["乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县"]
    /// Operating states used in turn.
    static let states = ["在产", "停产", "关闭"]
    /// The first licence expiry date; row i expires (i mod 1000) days later.
    static let expiryBase = LocalDate(year: 2022, month: 1, day: 1)!.daysSinceUnixEpoch
    /// The first assessment date; row i was assessed (i mod 365) days later.
    static let assessmentBase = LocalDate(year: 2019, month: 1, day: 1)!.daysSinceUnixEpoch

    /// Row `i` (1-based) of the sequence.
    package static func row(_ i: Int) -> RegisterRow {
        let county = counties[i % 6]
        let score = Tenths(raw: 500 + (i * 7) % 500)
        let grade: Grade =
            score >= Tenths(90) ? .blue : score >= Tenths(75) ? .yellow : score >= Tenths(60) ? .orange : .red
        let lastAssessment = LocalDate(daysSinceUnixEpoch: assessmentBase + i % 365)
        var row = RegisterRow(
            creditCode: "91152200" + zeroPadded(i, width: 10),
            name: "兴安盟示例化工有限公司第\(i)号",
            county: county,
            kind: EnterpriseKind.allCases[i % 4],
            address: "内蒙古自治区兴安盟\(county)工业园区\(i)号",
            principal: "负责人\(i % 1000)",
            phone: "1390482" + zeroPadded(i % 10000, width: 4),
            licenceNumber: "（蒙）WH安许证字〔2019〕\(i)号",
            licenceExpiry: LocalDate(daysSinceUnixEpoch: expiryBase + i % 1000),
            inChemicalPark: i % 3 == 0,
            majorHazardLevel: i % 5 == 0 ? nil : i % 5,
            hazardousProcessCount: i % 4,
            standardisationLevel: i % 4 == 0 ? nil : i % 4,
            operatingStatus: states[i % 3],
            lastAssessment: lastAssessment,
            score: score,
            grade: grade,
            disposition: grade == .blue ? .consolidate : .rectify,
            openMajorHazards: i % 7 == 0 ? 1 : 0)
        row.nextAssessment = AssessmentCycle.standard.due(
            lastAssessed: lastAssessment, closed: row.operatingStatus == "关闭", today: dueToday)
        row.selfReactiveUnits = i % 10 == 0
        return row
    }

    /// The day the synthetic rows' next assessments are compared with (2022-07-01: about half are overdue).
    static let dueToday = LocalDate(year: 2022, month: 7, day: 1)!

    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Yields rows 1…count.
    package struct Iterator: IteratorProtocol {
        var index = 1
        let count: Int

        /// The next row, or nil after the last.
        package mutating func next() -> RegisterRow? {
            guard index <= count else { return nil }
            defer { index += 1 }
            return SyntheticRegisterRows.row(index)
        }
    }

    /// An iterator over the rows.
    package func makeIterator() -> Iterator { Iterator(count: count) }
}
