import ArgumentParser
import Foundation
import HazChemCore
import HazChemTables

/// `hazchem mhi`: major hazard installations (重大危险源) by GB 18218-2018.
struct MHICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mhi",
        abstract: "重大危险源辨识与分级（GB 18218-2018）",
        subcommands: [Compute.self]
    )

    /// Text or JSON output.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    /// `hazchem mhi compute --units FILE [--format text|json] [--tables DIR]`.
    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compute",
            abstract: "由各单元的危险化学品设计最大量辨识重大危险源并分级，给出企业最高级别及对应的分级表规则",
            discussion: """
                单元文件（YAML）：units 列表，每个单元含 id、name、kind（storage/production）、people_within_500m
                及 chemicals（name 或 cas、categories、quantity、unit、density），示例见 Checklists/examples/mhi/units.yaml。
                存量清单（CSV，UTF-8）：每行一种危险化学品，列为 单元编号、单元名称、单元类型、500米内人数、
                危险化学品名称、CAS号、危险性类别、设计最大量、计量单位、密度(t/m³)，示例见 Checklists/examples/mhi/inventory.csv。
                计量单位 t、kg 可直接换算；m3、L 必须给出密度，否则拒绝计算。输入有误时列出全部问题并以状态码2退出。
                """
        )

        @Option(name: .long, help: "单元文件（YAML，见 Checklists/examples/mhi/units.yaml）或存量清单（.csv）")
        var units: String

        @Option(name: .long, help: "输出格式：text 或 json")
        var format: OutputFormat = .text

        @Option(name: .long, help: "参考数据目录（含 gb18218-2018.yaml）；默认取环境变量 HAZCHEM_TABLES，否则 ./Checklists")
        var tables: String?

        func run() throws {
            let directory = tables ?? ProcessInfo.processInfo.environment["HAZCHEM_TABLES"] ?? "Checklists"
            let inventory: MajorHazardInventory
            let assessment: MajorHazardAssessment
            do {
                let reference = try MajorHazardReferenceLoader.load(
                    tablesDirectory: URL(fileURLWithPath: directory, isDirectory: true))
                let calculator = MajorHazardCalculator(reference: reference)
                inventory = try MajorHazardInventory.load(
                    contentsOf: URL(fileURLWithPath: units), checkingWith: calculator)
                assessment = try calculator.assess(inventory.units)
            } catch let error as TableError {
                throw Self.invalidInput(error.description, count: error.problems.count)
            } catch let error as MajorHazardError {
                throw Self.invalidInput(error.description, count: error.problems.count)
            }
            switch format {
            case .text:
                if let enterprise = inventory.enterprise { print("企业：\(enterprise)") }
                print(assessment.text, terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(assessment.jsonReport(enterprise: inventory.enterprise))
                print(String(decoding: data, as: UTF8.self))
            }
        }

        /// Prints the problems to stderr; the returned exit code 2 marks invalid input.
        private static func invalidInput(_ description: String, count: Int) -> ExitCode {
            let text = "错误：输入有\(count)处问题，未计算。\n\(description)\n"
            FileHandle.standardError.write(Data(text.utf8))
            return ExitCode(2)
        }
    }
}
