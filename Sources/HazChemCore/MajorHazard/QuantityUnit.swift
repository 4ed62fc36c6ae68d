import Foundation

/// The unit a design maximum quantity is given in. Only mass converts to tonnes by itself:
/// a volume needs a density, and is never taken as tonnes.
package enum QuantityUnit: String, CaseIterable, Codable, Sendable {
    case tonnes = "t"
    case kilograms = "kg"
    case cubicMetres = "m3"
    case litres = "L"

    /// t, kg, m³, L.
    package var label: String {
        switch self {
        case .tonnes: "t"
        case .kilograms: "kg"
        case .cubicMetres: "m³"
        case .litres: "L"
        }
    }

    /// Accepts t/吨, kg/千克/公斤, m3/m³/立方米/方, L/l/升 (case-insensitive, full-width too).
    package init?(label text: String) {
        let t = String(
            text.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace })
        switch t {
        case "t", "吨": self = .tonnes
        case "kg", "千克", "公斤": self = .kilograms
        case "m3", "立方米", "方": self = .cubicMetres
        case "l", "升": self = .litres
        default: return nil
        }
    }

    /// True for m³ and L, which need a density.
    package var isVolume: Bool { self == .cubicMetres || self == .litres }

    /// The quantity in tonnes; a volume needs `density` in t/m³ (numerically kg/L or g/cm³).
    ///
    /// Fails with one problem (field 密度) when a volume has no density or the density is not positive.
    package func tonnes(_ quantity: Rational, density: Rational?) -> Result<Rational, MajorHazardError> {
        switch self {
        case .tonnes: return .success(quantity)
        case .kilograms: return .success(quantity / Rational(1000))
        case .cubicMetres, .litres:
            guard let density else {
                return .failure(
                    .one(
                        field: "密度",
                        message: "计量单位为\(label)（体积），必须同时给出密度（t/m³）才能换算为吨；体积不能当作吨计算"))
            }
            guard density > .zero else {
                return .failure(.one(field: "密度", message: "密度应大于0（t/m³）"))
            }
            let cubicMetres = self == .litres ? quantity / Rational(1000) : quantity
            return .success(cubicMetres * density)
        }
    }

}
