import Foundation
import HazChemCore
import HazChemReports
import HazChemTestSupport
import HazChemXLSX
import Testing

/// Runs `Support/inspect_xlsx.py` (openpyxl) to check workbooks with an independent reader.
enum Openpyxl {
    /// The helper script.
    static let script = RepositoryPaths.root.appendingPathComponent("Tests/HazChemReportsTests/Support/inspect_xlsx.py")

    /// Whether `python3` can import openpyxl; tests that need it are skipped (with a message) otherwise.
    static let isAvailable: Bool = (try? run(["-c", "import openpyxl"]).status) == 0

    /// The skip message recorded when openpyxl is missing.
    static let missing: Comment = "openpyxl 不可用（python3 -m pip install openpyxl），跳过 openpyxl 交叉检查"

    /// openpyxl's description of a workbook.
    static func inspect(_ url: URL) throws -> Inspection {
        let result = try run([script.path, "inspect", url.path])
        guard result.status == 0 else { throw ScriptFailure(message: result.error) }
        return try JSONDecoder().decode(Inspection.self, from: result.output)
    }

    /// Loads `source` with openpyxl and saves it as `destination`.
    static func resave(_ source: URL, to destination: URL) throws {
        let result = try run([script.path, "resave", source.path, destination.path])
        guard result.status == 0 else { throw ScriptFailure(message: result.error) }
    }

    /// Loads `source` with openpyxl, sets cells (sheet → cell → value) and saves it as `destination`.
    static func fill(_ source: URL, to destination: URL, cells: [String: [String: FillValue]]) throws {
        let spec = destination.deletingLastPathComponent().appendingPathComponent("fill-\(UUID().uuidString).json")
        try JSONEncoder().encode(cells).write(to: spec)
        let result = try run([script.path, "fill", source.path, destination.path, spec.path])
        guard result.status == 0 else { throw ScriptFailure(message: result.error) }
    }

    /// A value openpyxl writes into a cell.
    enum FillValue: Encodable, Equatable {
        case text(String)
        case number(Double)
        case date(LocalDate)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .text(let text):
                var container = encoder.singleValueContainer()
                try container.encode(text)
            case .number(let number):
                var container = encoder.singleValueContainer()
                try container.encode(number)
            case .date(let day):
                var container = encoder.container(keyedBy: DateKey.self)
                try container.encode(day.description, forKey: .date)
            }
        }

        private enum DateKey: String, CodingKey { case date }
    }

    struct ScriptFailure: Error {
        var message: String
    }

    /// Runs python3 with output in temporary files (reading pipes can fail with EINTR under parallel tests).
    private static func run(_ arguments: [String]) throws -> (status: Int32, output: Data, error: String) {
        let folder = try RepositoryPaths.temporaryDirectory()
        let outputURL = folder.appendingPathComponent("stdout")
        let errorURL = folder.appendingPathComponent("stderr")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        defer {
            try? output.close()
            try? error.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        return (process.terminationStatus, try Data(contentsOf: outputURL), message)
    }
}

/// The JSON printed by `inspect_xlsx.py inspect`.
struct Inspection: Decodable {
    var sheets: [Sheet]
    /// Every chart part in order, with its axes as written in the chart XML.
    var charts: [Chart]?

    struct Chart: Decodable {
        /// `barChart`, `pieChart` …
        var kind: String
        var value_axis: Axis?
        var category_axis: Axis?
    }

    struct Axis: Decodable {
        var title: String
        var min: Double?
        var major_unit: Double?
        var number_format: String?
    }

    struct Sheet: Decodable {
        var name: String
        var state: String
        var freeze_panes: String?
        var auto_filter: String?
        var merged: [String]
        var protected: Bool
        var data_validations: [Validation]
        var charts: Int
        var landscape: Bool
        var max_column: Int?
        var paper_size: Int?
        var print_title_rows: String?
        var cells: [String: JSONValue]
        var fills: [String: String]
        var formulas: [String: String]
        var number_formats: [String: String]
        var fit_to_width: Bool?
        var header: String?
        var footer: String?
        var column_widths: [String: Double]?
        var row_heights: [String: Double]?
        var locked: [String: Bool]?
        /// The fonts of the cells with a value, and the smallest size among them.
        var font_names: [String]?
        var min_font_size: Double?
        /// Page margins in millimetres by side (`left`, `right`, `top`, `bottom`).
        var margins_mm: [String: Double]?
        /// The `<col min max>` ranges of the sheet's XML, one-based.
        var column_ranges: [[Int]]?

        /// Whether two column ranges overlap (office suites then keep the first width given, not the last).
        var columnRangesOverlap: Bool {
            let ranges = (column_ranges ?? []).sorted { $0[0] < $1[0] }
            return zip(ranges, ranges.dropFirst()).contains { $0[1] >= $1[0] }
        }
    }

    struct Validation: Decodable, Equatable {
        var type: String?
        var sqref: String
        var formula1: String?
    }

    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }
}

/// A cell value in the inspection JSON.
enum JSONValue: Decodable, Equatable {
    case text(String)
    case number(Double)
    case boolean(Bool)

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .boolean(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }
}
