import Foundation

/// What a hazardous-chemical enterprise does, which decides the checklist and grading table.
package enum EnterpriseKind: String, CaseIterable, Codable, Sendable {
    case production
    case storage
    case tradingWithStorage
    case tradingWithoutStorage

    /// The label users read and write in files: 生产, 储存, 经营(带储存), 经营(不带储存).
    package var label: String {
        switch self {
        case .production: "生产"
        case .storage: "储存"
        case .tradingWithStorage: "经营(带储存)"
        case .tradingWithoutStorage: "经营(不带储存)"
        }
    }

    /// Accepts the code name or the Chinese label (full-width brackets too).
    package init?(label text: String) {
        let normalised = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "（", with: "(").replacingOccurrences(of: "）", with: ")")
        if let kind = EnterpriseKind(rawValue: normalised) {
            self = kind
            return
        }
        guard let kind = EnterpriseKind.allCases.first(where: { $0.label == normalised }) else { return nil }
        self = kind
    }

    /// Production, storage and trading with storage use the 19号 production/storage tables.
    package var usesProductionStorageTables: Bool { self != .tradingWithoutStorage }
}
