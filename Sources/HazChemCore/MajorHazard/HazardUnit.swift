import Foundation

/// Whether a unit is a production unit (生产单元) or a storage unit (储存单元) in GB 18218-2018 terms.
package enum HazardUnitKind: String, CaseIterable, Codable, Sendable {
    case production
    case storage

    /// 生产单元, 储存单元.
    package var label: String {
        switch self {
        case .production: "生产单元"
        case .storage: "储存单元"
        }
    }

    /// Accepts the code name, 生产单元/生产/装置, 储存单元/储存/存储/罐区/库区.
    package init?(label text: String) {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch t.lowercased() {
        case "production", "生产单元", "生产", "装置", "生产装置": self = .production
        case "storage", "储存单元", "储存", "存储", "罐区", "库区", "仓库": self = .storage
        default: return nil
        }
    }
}

/// One production or storage unit of an enterprise with the hazardous chemicals it holds.
package struct HazardUnit: Sendable, Equatable {
    /// A short id unique in the enterprise, such as `T1` or `罐区A`.
    package var id: String
    /// The name users read, such as 液氨罐区.
    package var name: String
    /// Production or storage unit.
    package var kind: HazardUnitKind
    /// People normally present outside the installation within 500 m, which sets α (表5).
    package var peopleWithin500m: Int
    /// The chemicals with their design maximum quantities.
    package var chemicals: [ChemicalInventory]
    /// Where the unit was read from, such as `units.yaml 第5行`, for messages.
    package var origin: String?

    /// Creates a unit.
    package init(
        id: String, name: String, kind: HazardUnitKind, peopleWithin500m: Int, chemicals: [ChemicalInventory],
        origin: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.peopleWithin500m = peopleWithin500m
        self.chemicals = chemicals
        self.origin = origin
    }
}

/// One hazardous chemical in a unit with its design maximum quantity (设计最大量).
package struct ChemicalInventory: Sendable, Equatable {
    /// The name as the user wrote it (a 表1 name or alias, or any name for a 表2 chemical).
    package var name: String?
    /// The CAS number, optional.
    package var cas: String?
    /// 表2 category codes such as `W5.1`, `J3`; required when the chemical is not in 表1.
    package var categories: [String]
    /// The design maximum quantity in `unit`.
    package var quantity: Rational
    /// The unit of `quantity`.
    package var unit: QuantityUnit
    /// Density in t/m³, required when `unit` is a volume.
    package var density: Rational?
    /// Where the line was read from, such as `inventory.csv 第7行`, for messages.
    package var origin: String?

    /// Creates a line.
    package init(
        name: String? = nil, cas: String? = nil, categories: [String] = [], quantity: Rational, unit: QuantityUnit,
        density: Rational? = nil, origin: String? = nil
    ) {
        self.name = name
        self.cas = cas
        self.categories = categories
        self.quantity = quantity
        self.unit = unit
        self.density = density
        self.origin = origin
    }

    /// The name, else the CAS number, for messages and reports.
    package var displayName: String { name ?? cas ?? "（未命名）" }
}
