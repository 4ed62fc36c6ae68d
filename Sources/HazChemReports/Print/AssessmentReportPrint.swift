import Foundation
import HazChemCore
import HazChemStore

/// The print view of the assessment report (评估报告): ready-made labels and rows from ``AssessmentReportData``
/// for the `report-print` template, which lays them out on A4 (cover, basic information, basis, panel with
/// signature lines, 专家组综合意见, non-conforming items, score sheet, hazard list, spot checks, risk analysis,
/// disposition, major hazards, enterprise acknowledgement, verification code, photos).
package struct AssessmentReportPrint: Sendable {
    /// A label and its value.
    package struct Field: Sendable {
        package var label: String
        package var value: String
    }

    /// One row of the panel table.
    package struct Seat: Sendable {
        package var index: Int
        package var name: String
        package var role: String
        package var specialty: String
        package var organisation: String
        package var title: String
    }

    /// A checklist section with its non-conforming items.
    package struct FindingSection: Sendable {
        package var heading: String
        package var items: [Finding]
    }

    /// One non-conforming item.
    package struct Finding: Sendable {
        package var id: String
        package var requirement: String
        package var finding: String
        package var location: String
        package var basis: String
        package var level: String
        package var major: Bool
        package var experts: String
        package var clause: String
    }

    /// A scored project with its applied rules.
    package struct ScoreProject: Sendable {
        package var heading: String
        package var lines: [ScoreLine]
        package var deducted: String
        package var bonus: String
        package var note: String
        package var hasLines: Bool
    }

    /// One applied rule.
    package struct ScoreLine: Sendable {
        package var id: String
        package var text: String
        package var answer: String
        package var deduction: String
        package var bonus: String
        package var note: String
    }

    /// One hazard row.
    package struct HazardRow: Sendable {
        package var index: Int
        package var item: String
        package var description: String
        package var location: String
        package var basis: String
        package var level: String
        package var major: Bool
        package var measure: String
        package var deadline: String
        package var responsible: String
        package var status: String
    }

    /// One spot-check row.
    package struct SpotRow: Sendable {
        package var index: Int
        package var person: String
        package var role: String
        package var result: String
        package var failed: Bool
        package var note: String
    }

    /// One chemical line of a major-hazard unit.
    package struct UnitLine: Sendable {
        package var chemical: String
        package var q: String
        package var criticalQ: String
        package var beta: String
        package var ratio: String
    }

    /// One unit of the GB 18218 calculation.
    package struct Unit: Sendable {
        package var heading: String
        package var lines: [UnitLine]
        package var s: String
        package var alpha: String
        package var r: String
        package var level: String
        package var major: Bool
    }

    /// A photo with its caption (filled once photos exist).
    package struct Photo: Sendable {
        package var caption: String
        package var address: String
    }

    package var documentTitle: String
    package var enterprise: String
    package var creditCode: String
    package var county: String
    package var bureau: String
    package var leader: String
    package var onSite: String
    package var reportNumber: String
    package var versionText: String
    package var submitted: String
    package var draftNote: String?
    package var enterpriseFields: [Field]
    package var basis: [String]
    package var seats: [Seat]
    package var noPanel: Bool
    package var conclusion: [String]
    package var conclusionMissing: Bool
    package var score: String
    package var grade: String
    package var gradeClass: String
    package var directRed: String
    package var hazardSummary: String
    package var findingSections: [FindingSection]
    package var noFindings: Bool
    package var projects: [ScoreProject]
    package var totals: [Field]
    package var hazards: [HazardRow]
    package var noHazards: Bool
    package var followUpNote: String?
    package var spotChecks: [SpotRow]
    package var noSpotChecks: Bool
    package var spotSummary: String
    package var riskRequired: Bool
    package var riskNote: String
    package var riskFields: [Field]
    package var suggested: [Field]
    package var decision: [Field]
    package var noDecision: Bool
    package var hasMajorHazards: Bool
    package var majorHazardBasis: String
    package var units: [Unit]
    package var majorHazardConclusion: String
    package var verificationCode: String?
    package var photos: [Photo]
    package var noPhotos: Bool
    package var generatedOn: String
    /// The day on the cover: the submission day, else the generation day (`2019年7月18日`).
    package var coverDate: String
    /// The print stylesheet, inlined by the renderer (the document must print from a file, offline).
    package var css = ""
    /// The running page head as a CSS string literal, set by the renderer.
    package var runningHead = "\"\""

    /// The view of `data`.
    package init(_ data: AssessmentReportData) {
        let e = data.enterprise
        let sheet = data.scoreSheet
        documentTitle = "危险化学品企业安全风险评估报告"
        enterprise = e.name
        creditCode = e.creditCode.description
        county = data.countyName
        bureau =
            data.organisingBureau.isEmpty
            ? AssessmentReportData.bureau(countyName: data.countyName) : data.organisingBureau
        leader = data.leaderName ?? "（未指定）"
        let day = AssessmentReportPage.day
        onSite = "\(day(data.dates.onSiteStart)) 至 \(day(data.dates.onSiteEnd))"
        reportNumber = data.reportNumber
        let v = data.version
        versionText = "第\(v.version)版" + (v.previousAssessmentId.map { "（更正评估 \($0)）" } ?? "")
        submitted = data.dates.submittedLabel ?? "尚未提交"
        draftNote =
            v.status.map { $0.isFrozen && !v.isSuperseded } == true
            ? nil : "本报告\(v.statusText ?? "尚未签署")，仅供核对，不作为正式文书。"
        enterpriseFields = AssessmentReportPage.enterpriseFields(e, county: data.countyName).map {
            Field(label: $0.0, value: $0.1)
        }
        basis = Self.basis(data.basisDocuments)
        seats = data.panel.enumerated().map { index, seat in
            Seat(
                index: index + 1, name: seat.name,
                role: seat.role == .regulator ? "监管人员" : seat.role.label, specialty: seat.specialty.label,
                organisation: seat.organisation, title: seat.title)
        }
        noPanel = data.panel.isEmpty
        let text = data.conclusion?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        conclusion = text.split(separator: "\n").map(String.init)
        conclusionMissing = text.isEmpty
        score = "\(AssessmentReportPage.score(sheet.total)) 分"
        grade = sheet.grade.label
        gradeClass = sheet.grade.rawValue
        let reasons = sheet.directRed.map { "\($0.id) \($0.text)" }.joined(separator: "；")
        directRed = reasons.isEmpty ? "无" : reasons
        let major = data.hazards.filter { $0.level == .major }.count
        hazardSummary = "共 \(data.hazards.count) 项，其中重大隐患 \(major) 项"
        findingSections = Self.findings(data)
        noFindings = findingSections.isEmpty
        projects = Self.projects(sheet)
        totals = [
            Field(label: "起始分", value: AssessmentReportPage.score(sheet.start)),
            Field(label: "扣分合计（各项目封顶后）", value: AssessmentReportPage.score(sheet.totalDeducted)),
            Field(label: "加分合计", value: AssessmentReportPage.score(sheet.totalBonus)),
            Field(label: "总分（低于0分按0分计，不设100分上限）", value: AssessmentReportPage.score(sheet.total)),
            Field(label: "按分数确定的等级", value: sheet.scoreGrade.label),
            Field(label: "直接判定为红色的情形", value: directRed),
            Field(label: "风险等级", value: sheet.grade.label),
        ]
        hazards = Self.rows(data.hazards)
        noHazards = hazards.isEmpty
        followUpNote = data.followUp.map { "以上为签署时的隐患清单；截至 \($0.asOf) 的整改情况见整改通知书和复查意见书。" }
        spotChecks = data.spotChecks.enumerated().map { index, check in
            SpotRow(
                index: index + 1, person: check.person, role: check.role.label, result: check.result.label,
                failed: check.result == .failed, note: check.note)
        }
        noSpotChecks = spotChecks.isEmpty
        let passed = data.spotChecks.filter { $0.result == .passed }.count
        spotSummary = "共抽查 \(data.spotChecks.count) 人，合格 \(passed) 人，不合格 \(data.spotChecks.count - passed) 人。"
        riskRequired = data.requiresRiskControl
        riskNote =
            riskRequired
            ? "本企业风险等级为\(sheet.grade.label)，专家组对风险失控后果和管控措施分析如下。"
            : "本企业风险等级为\(sheet.grade.label)。风险失控影响区域、风险值、管控措施充分性和降低风险措施仅要求红色、橙色企业填写。"
        let control = data.riskControl
        riskFields = [
            ("风险失控后可能影响的区域", control.affectedArea), ("风险值", control.riskValue),
            ("现有风险管控措施的充分性", control.controlAdequacy), ("降低风险的措施", control.reductionMeasures),
        ].compactMap { label, value in
            let text = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if text.isEmpty && !data.requiresRiskControl { return nil }
            return Field(label: label, value: text.isEmpty ? "（未填写：红色、橙色企业必须填写）" : text)
        }
        suggested = data.suggestedDispositions.map {
            Field(label: $0.label, value: AssessmentReportPage.followUp($0))
        }
        (decision, noDecision) = Self.decision(data)
        let breakdown = data.majorHazards
        hasMajorHazards = breakdown != nil
        majorHazardBasis = breakdown?.basis ?? "GB 18218-2018"
        units = breakdown?.units.map(Self.unit) ?? []
        if let breakdown, let level = breakdown.highestLevel, let rule = breakdown.gradingRuleID {
            majorHazardConclusion =
                "共 \(breakdown.units.count) 个单元，构成重大危险源 \(breakdown.majorUnits.count) 个；最高等级为\(level.label)，对应分级表规则 \(rule)。"
        } else if let breakdown {
            majorHazardConclusion = "共 \(breakdown.units.count) 个单元，均不构成重大危险源。"
        } else {
            majorHazardConclusion = "企业未录入危险化学品存量单元，未进行重大危险源辨识计算。"
        }
        verificationCode = v.verificationCode
        photos = data.photos.map(Self.photo)
        noPhotos = photos.isEmpty
        generatedOn = v.generatedOn.description
        let cover = data.dates.submittedDate ?? v.generatedOn
        coverDate = "\(cover.year)年\(cover.month)月\(cover.day)日"
    }
}
