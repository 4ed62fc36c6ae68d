import Foundation

/// The GB 18218-2018 reference data: 表1 named chemicals, 表2/表4 categories, 表3 toxic gas β,
/// 表5 α bands and 表6 level thresholds, as loaded from `Checklists/gb18218-2018.yaml`.
package struct MajorHazardReference: Sendable {
    /// One chemical named in 表1 with its critical quantity.
    package struct NamedChemical: Sendable, Equatable {
        /// The 序号 in 表1 (1–85).
        package var number: Int
        /// The name used for lookup and display, unique among names and aliases.
        package var name: String
        /// The name as printed in the standard, when longer than `name`.
        package var fullName: String?
        /// Other names (别名) that identify exactly this entry.
        package var aliases: [String]
        /// CAS numbers of this entry (several for mixtures such as 液化石油气).
        package var casNumbers: [String]
        /// Q, the critical quantity in tonnes.
        package var criticalQuantity: Rational
        /// Names that cover several entries (such as 硝化纤维素): looking one up asks the user to choose.
        package var family: [String]
        /// β from 表3 when the chemical is a listed toxic gas.
        package var toxicGasBeta: Rational?
        /// The 表2 category whose 表4 β applies when the user gives none (only unambiguous cases).
        package var betaCategory: String?
        /// Where the value comes from, such as `GB 18218-2018 表1`.
        package var source: String
        /// A remark shown with the entry.
        package var note: String?

        /// Creates an entry.
        package init(
            number: Int, name: String, fullName: String? = nil, aliases: [String] = [], casNumbers: [String] = [],
            criticalQuantity: Rational, family: [String] = [], toxicGasBeta: Rational? = nil,
            betaCategory: String? = nil, source: String = "GB 18218-2018 表1", note: String? = nil
        ) {
            self.number = number
            self.name = name
            self.fullName = fullName
            self.aliases = aliases
            self.casNumbers = casNumbers
            self.criticalQuantity = criticalQuantity
            self.family = family
            self.toxicGasBeta = toxicGasBeta
            self.betaCategory = betaCategory
            self.source = source
            self.note = note
        }
    }

    /// One hazard category of 表2 with its critical quantity and its 表4 β.
    package struct Category: Sendable, Equatable {
        /// The code, such as `J1`, `W2`, `W5.3`.
        package var code: String
        /// The hazard class, such as 急性毒性 or 易燃液体.
        package var hazardClass: String
        /// The standard's description, such as 类别1，所有暴露途径，气体.
        package var description: String
        /// Q, the critical quantity in tonnes.
        package var criticalQuantity: Rational
        /// β from 表4.
        package var beta: Rational

        /// Creates a category.
        package init(code: String, hazardClass: String, description: String, criticalQuantity: Rational, beta: Rational)
        {
            self.code = code
            self.hazardClass = hazardClass
            self.description = description
            self.criticalQuantity = criticalQuantity
            self.beta = beta
        }
    }

    /// One row of 表5: people outside the installation within 500 m → α.
    package struct AlphaBand: Sendable, Equatable {
        /// The fewest people in the band.
        package var minPeople: Int
        /// The most people in the band; nil for "and above".
        package var maxPeople: Int?
        /// α.
        package var alpha: Rational

        /// Creates a band.
        package init(minPeople: Int, maxPeople: Int?, alpha: Rational) {
            self.minPeople = minPeople
            self.maxPeople = maxPeople
            self.alpha = alpha
        }

        /// True when `people` falls in the band.
        package func contains(_ people: Int) -> Bool { people >= minPeople && (maxPeople.map { people <= $0 } ?? true) }
    }

    /// The stable id, `gb18218-2018`.
    package var id: String
    /// The title shown to users.
    package var title: String
    /// The standard the data comes from.
    package var basis: String
    /// 表1, in 序号 order.
    package var namedChemicals: [NamedChemical]
    /// 表2 with 表4's β, in file order.
    package var categories: [Category]
    /// 表5, covering 0 people and up without gap or overlap.
    package var alphaBands: [AlphaBand]
    /// 表6: the least R of each level (四级's is 0).
    package var levelMinimums: [MajorHazardLevel: Rational]

    let nameIndex: [String: Int]
    let familyIndex: [String: [Int]]
    let casIndex: [String: [Int]]
    let categoryIndex: [String: Int]

    /// Creates reference data; the loader has already checked it (unique names, positive Q, bands cover 0…∞).
    package init(
        id: String, title: String, basis: String, namedChemicals: [NamedChemical], categories: [Category],
        alphaBands: [AlphaBand], levelMinimums: [MajorHazardLevel: Rational]
    ) {
        self.id = id
        self.title = title
        self.basis = basis
        self.namedChemicals = namedChemicals
        self.categories = categories
        self.alphaBands = alphaBands
        self.levelMinimums = levelMinimums
        var names: [String: Int] = [:]
        var families: [String: [Int]] = [:]
        var cas: [String: [Int]] = [:]
        for (index, chemical) in namedChemicals.enumerated() {
            for name in [chemical.name] + chemical.aliases { names[Self.lookupKey(name)] = index }
            for name in chemical.family { families[Self.lookupKey(name), default: []].append(index) }
            for number in chemical.casNumbers { cas[CASNumber.normalized(number), default: []].append(index) }
        }
        nameIndex = names
        familyIndex = families
        casIndex = cas
        categoryIndex = Dictionary(
            categories.enumerated().map { (Self.categoryKey($0.element.code), $0.offset) },
            uniquingKeysWith: { a, _ in a })
    }

    /// The lookup form of a name: compatibility-normalised (full-width brackets and digits become
    /// ASCII), without whitespace, lower-cased.
    package static func lookupKey(_ name: String) -> String {
        String(name.precomposedStringWithCompatibilityMapping.lowercased().filter { !$0.isWhitespace })
    }

    /// The lookup form of a category code: `w5.3`, `Ｗ５．３` → `W5.3`.
    package static func categoryKey(_ code: String) -> String {
        String(code.precomposedStringWithCompatibilityMapping.uppercased().filter { !$0.isWhitespace })
    }
}
