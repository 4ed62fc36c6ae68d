import Foundation
import HazChemCore

/// An enterprise's production and storage units with their chemicals, read from a units file
/// (YAML, see `Checklists/examples/mhi/units.yaml`) or an inventory CSV (one row per chemical).
///
/// Readers collect every problem with its file, line and field. Given a calculator, they also
/// check each chemical against the reference data (unknown chemical, unknown category, volume
/// without density …) so one run lists everything wrong in the file.
package struct MajorHazardInventory: Sendable {
    /// The enterprise name, when the file gives one.
    package var enterprise: String?
    /// The units, in file order.
    package var units: [HazardUnit]

    /// Creates an inventory.
    package init(enterprise: String? = nil, units: [HazardUnit]) {
        self.enterprise = enterprise
        self.units = units
    }

    /// Reads a `.csv` inventory or a YAML/JSON units file, by the file's extension.
    package static func load(
        contentsOf url: URL, checkingWith calculator: MajorHazardCalculator? = nil
    ) throws(TableError) -> MajorHazardInventory {
        let file = url.lastPathComponent
        if url.pathExtension.lowercased() == "csv" {
            let data: Data
            do {
                data = try InputFile.data(at: url, limit: InputFile.csvLimit)
            } catch {
                throw TableError(file: file, message: error.message(path: url.path))
            }
            return try csv(data: data, file: file, checkingWith: calculator)
        }
        return try yaml(YAMLDocument(contentsOf: url), checkingWith: calculator)
    }

    /// A chemical as read, with where it was read from, for checking against the reference data.
    struct ReadChemical {
        var unitID: String
        var chemical: ChemicalInventory
        var line: Int?
        /// The file's name for each calculator field (名称, CAS号, 危险性类别, 设计最大量, 计量单位, 密度).
        var fieldName: (String) -> String
        /// The quantity was unreadable: only the name, CAS number and categories are checked.
        var identityOnly = false

        /// A stand-in for a line whose quantity is unreadable, so its identity is still checked.
        static func probe(name: String?, cas: String?, categories: [String]) -> ChemicalInventory? {
            guard name != nil || cas != nil else { return nil }
            return ChemicalInventory(name: name, cas: cas, categories: categories, quantity: .one, unit: .tonnes)
        }
    }

    /// The calculator's problems for each chemical, as table problems at the chemical's line.
    static func check(
        _ chemicals: [ReadChemical], file: String, with calculator: MajorHazardCalculator?
    ) -> [TableError.Problem] {
        guard let calculator else { return [] }
        var problems: [TableError.Problem] = []
        for read in chemicals {
            var chemical = read.chemical
            chemical.origin = nil
            guard case .failure(let error) = calculator.line(for: chemical, unitID: read.unitID) else { continue }
            for problem in error.problems
            where !read.identityOnly || ["名称", "CAS号", "危险性类别"].contains(problem.field) {
                problems.append(
                    .init(
                        file: file, line: read.line, field: read.fieldName(problem.field),
                        message: "（单元\(read.unitID) \(chemical.displayName)）\(problem.message)"))
            }
        }
        return problems
    }

    /// Splits a category list written as `W5.1、J3`, `W5.1,J3`, `W5.1；J3` or `W5.1 J3`.
    static func splitCategories(_ text: String) -> [String] {
        text.split(whereSeparator: { "、,，;；/ ".contains($0) }).map(String.init)
    }
}
