import Foundation
import HazChemCore
import HazChemStore

extension AssessmentReportPrint {
    /// The non-conforming items by checklist section, sections without any left out.
    static func findings(_ data: AssessmentReportData) -> [FindingSection] {
        data.checklist.sections.compactMap { section in
            let items = section.items.filter { data.responses[$0.id].response == .nonConforming }
            guard !items.isEmpty else { return nil }
            return FindingSection(
                heading: "\(section.id) \(section.title)（\(section.specialty.label)）：不符合 \(items.count) 项",
                items: items.map { item in
                    let entry = data.responses[item.id]
                    let major = item.majorCriterion != nil || entry.markedMajor
                    return Finding(
                        id: item.id, requirement: item.requirement,
                        finding: entry.trimmedFinding ?? "（未填写问题描述）", location: entry.location ?? "",
                        basis: item.basis, level: (major ? HazardLevel.major : .general).label, major: major,
                        experts: data.itemExperts[item.id] ?? "",
                        clause: item.majorCriterion.map { "121号第\($0)条" } ?? "")
                })
        }
    }

    /// The projects with applied rules, then every project's subtotal.
    static func projects(_ sheet: ScoreSheet) -> [ScoreProject] {
        let score = AssessmentReportPage.score
        return sheet.projects.map { project in
            ScoreProject(
                heading:
                    "\(project.id) \(project.categoryName) / \(project.name)（\(AssessmentReportPage.capText(project.cap))）",
                lines: project.lines.map { line in
                    let counted = line.counts ? line.amount : .zero
                    return ScoreLine(
                        id: line.rule.id, text: line.rule.text, answer: line.answer.description,
                        deduction: line.rule.effect == .deduction ? score(counted) : "",
                        bonus: line.rule.effect == .bonus ? score(counted) : "",
                        note: line.supersededBy.map { "同一档次只计最严重的一项：已按规则 \($0) 计分" } ?? "")
                },
                deducted: score(project.deducted), bonus: score(project.bonus),
                note: AssessmentReportPage.capNote(project), hasLines: !project.lines.isEmpty)
        }
    }

    /// The national documents every report rests on, added after the tables' own bases unless they cite them.
    static let standardBasis = [
        ("19号", "《危险化学品生产储存企业安全风险评估诊断分级指南（试行）》（应急〔2018〕19号）"),
        ("121号", "《化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）》（安监总管三〔2017〕121号）"),
        ("18218", "《危险化学品重大危险源辨识》（GB 18218-2018）"),
    ]

    /// The tables' bases, then the standard documents none of them mentions.
    static func basis(_ documents: [String]) -> [String] {
        documents + standardBasis.filter { key, _ in !documents.contains { $0.contains(key) } }.map(\.1)
    }

    /// Hazard rows in list order.
    static func rows(_ hazards: [AssessmentReportData.Hazard]) -> [HazardRow] {
        hazards.enumerated().map { index, hazard in
            HazardRow(
                index: index + 1, item: hazard.itemId ?? "—", description: hazard.description,
                location: hazard.location, basis: hazard.basis, level: hazard.level.label,
                major: hazard.level == .major, measure: hazard.measure,
                deadline: hazard.deadline?.description ?? "—", responsible: hazard.responsible,
                status: hazard.status.label)
        }
    }

    /// The bureau's decision as fields, or that none was made yet.
    static func decision(_ data: AssessmentReportData) -> ([Field], Bool) {
        guard let disposition = data.disposition else { return ([], true) }
        let d = disposition.decision
        let fields = [
            ("处置类别", d.disposition.label), ("处置措施", d.action?.label ?? "—"),
            ("不具备整改条件的认定", d.hasNotRectifiableFinding ? d.notRectifiableReason ?? "" : "无"),
            ("处置理由", disposition.reason.isEmpty ? "—" : disposition.reason),
            ("决定日期", AssessmentReportPage.day(disposition.date)),
            ("决定机关", disposition.bureau.isEmpty ? "—" : disposition.bureau),
        ]
        return (fields.map { Field(label: $0.0, value: $0.1) }, false)
    }

    /// One unit of the GB 18218 calculation, values to four decimals.
    static func unit(_ result: MajorHazardUnitResult) -> Unit {
        func n(_ value: Rational) -> String { value.decimalString(places: 4) }
        let unit = result.unit
        return Unit(
            heading: "\(unit.id) \(unit.name)（\(unit.kind.label)，厂外500米内\(unit.peopleWithin500m)人）",
            lines: result.lines.map { line in
                UnitLine(
                    chemical: line.input.displayName, q: n(line.tonnes), criticalQ: n(line.criticalQuantity),
                    beta: n(line.beta), ratio: n(line.ratio))
            },
            s: n(result.sum), alpha: result.alpha.map(n) ?? "—", r: result.r.map(n) ?? "—",
            level: result.level.map { "\($0.label)重大危险源" } ?? "不构成重大危险源", major: result.level != nil)
    }
}
