import Foundation
import HazChemCore

/// Writes an assessment file in the layout ``AssessmentFileReader`` reads (docs/assessment-file.md).
package enum AssessmentFileWriter {
    /// The YAML text of `file`, with a comment header naming what it is.
    package static func text(_ file: AssessmentFile) -> String {
        var out = YAMLText()
        out.comment("危险化学品企业安全风险评估记录（HazChem 评估文件，格式见 docs/assessment-file.md）")
        out.pair("kind", AssessmentFileReader.kind)
        out.pair("format", "1", raw: true)
        out.key("enterprise")
        out.indent {
            for (key, field) in AssessmentFileReader.enterpriseKeys {
                guard let value = file.enterprise[field], !value.isEmpty || field == .creditCode else { continue }
                switch field {
                case .majorHazardLevels, .hazardousProcesses, .keyChemicals:
                    $0.list(key, EnterpriseField.list(value))
                default:
                    $0.pair(key, value)
                }
            }
        }
        out.key("panel")
        out.indent {
            $0.pair("name", file.panelName)
            $0.pair("on_site_start", file.onSiteStart.description, raw: true)
            $0.pair("on_site_end", file.onSiteEnd.description, raw: true)
            $0.key("members")
            for member in file.members {
                $0.item {
                    $0.pair("name", member.name)
                    if !member.organisation.isEmpty { $0.pair("organisation", member.organisation) }
                    $0.pair("role", member.role.label)
                    $0.pair("specialty", member.specialty.label)
                    if !member.title.isEmpty { $0.pair("title", member.title) }
                }
            }
        }
        out.key("tables")
        out.indent {
            for (key, ref) in [("grading", file.grading), ("checklist", file.checklist)]
                + (file.criteria.map { [("criteria", $0)] } ?? [])
            {
                $0.line("\(key): { id: \(YAMLText.flowScalar(ref.id)), version: \(YAMLText.quoted(ref.version)) }")
            }
        }
        if let submitted = file.submitted { out.pair("submitted", submitted.description, raw: true) }
        if !file.responses.isEmpty {
            out.key("responses")
            out.indent {
                for response in file.responses {
                    let simple = response.finding.isEmpty && response.location.isEmpty && !response.markedMajor
                    if simple, response.expert == nil {
                        $0.pair(response.itemID, response.response.label)
                        continue
                    }
                    $0.key(response.itemID)
                    $0.indent {
                        $0.pair("response", response.response.label)
                        if !response.finding.isEmpty { $0.pair("finding", response.finding) }
                        if !response.location.isEmpty { $0.pair("location", response.location) }
                        if response.markedMajor { $0.pair("major", "true", raw: true) }
                        if let expert = response.expert { $0.pair("expert", expert) }
                    }
                }
            }
        }
        if !file.hazards.isEmpty {
            out.key("hazards")
            out.indent {
                for plan in file.hazards {
                    $0.key(plan.itemID)
                    $0.indent {
                        if !plan.details.measure.isEmpty { $0.pair("measure", plan.details.measure) }
                        if let deadline = plan.details.deadline { $0.pair("deadline", deadline.description, raw: true) }
                        if !plan.details.responsiblePerson.isEmpty {
                            $0.pair("responsible", plan.details.responsiblePerson)
                        }
                        if let location = plan.details.location { $0.pair("location", location) }
                    }
                }
            }
        }
        if file.answers != nil || !file.proposed.isEmpty || !file.directRed.isEmpty {
            out.key("grading")
            out.indent {
                for (key, answers) in [("answers", file.answers), ("proposed", file.proposed)] {
                    guard let answers else { continue }
                    if answers.isEmpty {
                        if key == "answers" { $0.line("answers: {}") }
                        continue
                    }
                    $0.key(key)
                    $0.indent {
                        for (id, answer) in answers {
                            switch answer {
                            case .flag(let yes): $0.pair(id, yes ? "true" : "false", raw: true)
                            case .count(let n): $0.pair(id, String(n), raw: true)
                            }
                        }
                    }
                }
                if !file.directRed.isEmpty { $0.list("direct_red", file.directRed) }
            }
        }
        if !file.risk.missingFields.elementsEqual(RiskDescription.Field.allCases) {
            out.key("risk")
            out.indent {
                for (key, field) in [
                    ("affected_area", RiskDescription.Field.affectedArea), ("risk_value", .riskValue),
                    ("control_adequacy", .controlAdequacy), ("reduction_measures", .reductionMeasures),
                ] {
                    if let text = file.risk[field] { $0.pair(key, text) }
                }
            }
        }
        if let reason = file.notRectifiable { out.pair("not_rectifiable", reason) }
        if let conclusion = file.conclusion { out.pair("conclusion", conclusion) }
        if !file.spotChecks.isEmpty {
            out.key("spot_checks")
            for check in file.spotChecks {
                out.item {
                    $0.pair("person", check.person)
                    $0.pair("role", check.role.label)
                    $0.pair("result", check.result.label)
                    if !check.note.isEmpty { $0.pair("note", check.note) }
                }
            }
        }
        if !file.signatures.isEmpty {
            out.key("signatures")
            for signature in file.signatures {
                out.line("- { expert: \(YAMLText.flowScalar(signature.expert)), date: \(signature.date) }")
            }
        }
        if let disposition = file.disposition {
            out.key("disposition")
            out.indent {
                $0.pair("class", disposition.dispositionClass.label)
                if let action = disposition.action { $0.pair("action", action.label) }
                $0.pair("reason", disposition.reason)
                $0.pair("date", disposition.date.description, raw: true)
                $0.pair("bureau", disposition.bureau)
            }
        }
        return out.text
    }
}

/// A small block-style YAML emitter: two-space indentation, scalars quoted only when YAML would misread them.
private struct YAMLText {
    private(set) var text = ""
    private var prefix = ""

    mutating func line(_ content: String) { text += prefix + content + "\n" }
    mutating func comment(_ content: String) { line("# " + content) }
    mutating func key(_ key: String) { line(Self.scalar(key) + ":") }

    /// `key: value`; `raw` writes the value as given (numbers, dates, booleans).
    mutating func pair(_ key: String, _ value: String, raw: Bool = false) {
        line(Self.scalar(key) + ": " + (raw ? value : Self.scalar(value)))
    }

    /// `key: [a, b]` (flow style; `[]` when empty).
    mutating func list(_ key: String, _ values: [String]) {
        line(Self.scalar(key) + ": [" + values.map(Self.flowScalar).joined(separator: ", ") + "]")
    }

    mutating func indent(_ body: (inout YAMLText) -> Void) {
        let saved = prefix
        prefix += "  "
        body(&self)
        prefix = saved
    }

    /// A sequence item holding a mapping: the first line after `- `, the rest aligned under it.
    mutating func item(_ body: (inout YAMLText) -> Void) {
        var inner = YAMLText()
        body(&inner)
        for (index, content) in inner.text.split(separator: "\n").enumerated() {
            line((index == 0 ? "- " : "  ") + content)
        }
    }

    /// `value` as a plain scalar when that reads back as the same text, else double-quoted.
    static func scalar(_ value: String) -> String {
        plainIsSafe(value) ? value : quoted(value)
    }

    /// `value` inside a flow collection (`[…]`, `{…}`), where commas and brackets also need quotes.
    static func flowScalar(_ value: String) -> String {
        value.contains(where: { ",[]{}".contains($0) }) ? quoted(value) : scalar(value)
    }

    /// `value` double-quoted with escapes.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static let reserved: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~",
    ]

    private static func plainIsSafe(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        if " \t".unicodeScalars.contains(first) || " \t".unicodeScalars.contains(last) { return false }
        if "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) { return false }
        if value.contains(": ") || value.contains(" #") || value.hasSuffix(":") { return false }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 }) { return false }
        if reserved.contains(value.lowercased()) { return false }
        let numeric = "0123456789.+-_:eE".unicodeScalars
        if "0123456789+-.".unicodeScalars.contains(first), value.unicodeScalars.allSatisfy(numeric.contains) {
            return false
        }
        return true
    }
}
