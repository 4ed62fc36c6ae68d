import Foundation

/// Everything wrong with the units given to the major hazard calculation, listed together.
package struct MajorHazardError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem with the unit, chemical and field it concerns.
    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Where the input came from, such as `units.yaml 第12行`, when known.
        package var origin: String?
        /// The unit id.
        package var unitID: String?
        /// The chemical as the user named it.
        package var chemical: String?
        /// The field at fault in Chinese, such as 计量单位 or 危险性类别.
        package var field: String
        /// What is wrong and what is expected, in Chinese.
        package var message: String

        /// Creates a problem.
        package init(origin: String? = nil, unitID: String?, chemical: String? = nil, field: String, message: String) {
            self.origin = origin
            self.unitID = unitID
            self.chemical = chemical
            self.field = field
            self.message = message
        }

        /// `units.yaml 第12行 单元 T1 化学品 苯 字段 计量单位：…`
        package var description: String {
            var parts: [String] = []
            if let origin { parts.append(origin) }
            if let unitID { parts.append("单元 \(unitID)") }
            if let chemical { parts.append("化学品 \(chemical)") }
            if !field.isEmpty { parts.append("字段 \(field)") }
            return parts.joined(separator: " ") + "：" + message
        }
    }

    /// The problems, in input order.
    package var problems: [Problem]

    /// Creates an error from its problems.
    package init(problems: [Problem]) { self.problems = problems }

    /// One problem without unit or chemical context, for lookups the calculator puts in context.
    package static func one(field: String, message: String) -> MajorHazardError {
        MajorHazardError(problems: [Problem(unitID: nil, field: field, message: message)])
    }

    /// One problem per line.
    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
