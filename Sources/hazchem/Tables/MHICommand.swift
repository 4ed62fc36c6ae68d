import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore
import HazChemTables

/// `hazchem mhi`: major hazard installations (重大危险源) by GB 18218-2018.
struct MHICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mhi",
        abstract: "重大危险源辨识与分级（GB 18218-2018）",
        subcommands: [Compute.self, Import.self]
    )

    /// Text or JSON output.
    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    /// `hazchem mhi compute (--units FILE | --enterprise CODE) [--format text|json] [--tables DIR]`.
    struct Compute: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compute",
            abstract: "由各单元的危险化学品设计最大量辨识重大危险源并分级，给出企业最高级别及对应的分级表规则",
            discussion: """
                --units FILE 与 --enterprise CODE 须且只能指定其一：前者读取文件，后者使用数据库中该企业已导入的单元
                （见 hazchem mhi import）。
                单元文件（YAML）：units 列表，每个单元含 id、name、kind（storage/production）、people_within_500m
                及 chemicals（name 或 cas、categories、quantity、unit、density），示例见 Checklists/examples/mhi/units.yaml。
                存量清单（CSV，UTF-8）：每行一种危险化学品，列为 单元编号、单元名称、单元类型、500米内人数、
                危险化学品名称、CAS号、危险性类别、设计最大量、计量单位、密度(t/m³)，示例见 Checklists/examples/mhi/inventory.csv。
                计量单位 t、kg 可直接换算；m3、L 必须给出密度，否则拒绝计算。输入有误时列出全部问题并以状态码2退出。
                """
        )

        @Option(name: .long, help: "单元文件（YAML，见 Checklists/examples/mhi/units.yaml）或存量清单（.csv）")
        var units: String?

        @Option(name: .long, help: "企业的统一社会信用代码：按数据库中该企业已导入的单元计算")
        var enterprise: String?

        @Option(name: .long, help: "输出格式：text 或 json")
        var format: OutputFormat = .text

        @Option(
            name: .long,
            help: "参考数据目录（含 gb18218-2018.yaml）；默认取环境变量 HAZCHEM_TABLES，其次 ./Checklists，其次程序所在检出目录中的 Checklists/")
        var tables: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            switch (units, enterprise) {
            case (let units?, nil): try compute(file: units)
            case (nil, let code?): try compute(enterprise: code)
            default:
                StoreCLI.printError("错误：--units 与 --enterprise 须且只能指定其一")
                throw ExitCode(2)
            }
        }

        private func compute(file: String) throws {
            let inventory: MajorHazardInventory
            let assessment: MajorHazardAssessment
            do {
                let calculator = MajorHazardCalculator(reference: try MHICommand.reference(tables: tables))
                inventory = try MajorHazardInventory.load(
                    contentsOf: URL(fileURLWithPath: file), checkingWith: calculator)
                assessment = try calculator.assess(inventory.units)
            } catch let error as TableError {
                throw Self.invalidInput(error.description, count: error.problems.count)
            } catch let error as MajorHazardError {
                throw Self.invalidInput(error.description, count: error.problems.count)
            }
            try print(assessment, enterprise: inventory.enterprise)
        }

        private func compute(enterprise code: String) throws {
            var output: (assessment: MajorHazardAssessment, enterprise: Enterprise)?
            try MHICommand.runStore(refusal: "未计算") { () throws(StoreError) in
                let reference = try MHICommand.storeReference(tables: tables)
                let database = try store.open()
                let enterprise = try EnterpriseShowCommand.find(code, in: database)
                let assessment = try database.majorHazardAssessment(enterpriseID: enterprise.id!, reference: reference)
                if assessment.units.isEmpty {
                    throw StoreError(
                        .notFound, entity: enterprise.entityLabel,
                        message: "尚未导入重大危险源单元，请先用 hazchem mhi import --enterprise \(enterprise.creditCode) FILE 导入")
                }
                output = (assessment, enterprise)
            }
            guard let (assessment, enterprise) = output else { return }
            try print(assessment, enterprise: enterprise.name)
            if format == .text, enterprise.majorHazardLevels != assessment.levelNumbers {
                Swift.print(
                    "注意：企业登记的重大危险源等级（\(MHICommand.levels(enterprise.majorHazardLevels))）与本次计算结果"
                        + "（\(MHICommand.levels(assessment.levelNumbers))）不一致；重新导入存量清单可更新登记等级。")
            }
        }

        private func print(_ assessment: MajorHazardAssessment, enterprise: String?) throws {
            switch format {
            case .text:
                if let enterprise { Swift.print("企业：\(enterprise)") }
                Swift.print(assessment.text, terminator: "")
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(assessment.jsonReport(enterprise: enterprise))
                Swift.print(String(decoding: data, as: UTF8.self))
            }
        }

        /// Prints the problems to stderr; the returned exit code 2 marks invalid input.
        private static func invalidInput(_ description: String, count: Int) -> ExitCode {
            let text = "错误：输入有\(count)处问题，未计算。\n\(description)\n"
            FileHandle.standardError.write(Data(text.utf8))
            return ExitCode(2)
        }
    }

    /// `hazchem mhi import --enterprise CODE FILE [--tables DIR] [--db PATH] [--user NAME]`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "导入企业的重大危险源单元存量清单，计算并更新企业的重大危险源等级",
            discussion: """
                FILE 为存量清单（.csv）或单元文件（YAML），格式同 hazchem mhi compute --units。先逐行检查文件并对照
                GB 18218-2018 参考数据（未知物质、缺少密度等），有任何问题则列出全部问题（行号、列名）、不作任何改动并以
                状态码2退出；否则用文件中的单元替换该企业已登记的全部单元，并按计算结果更新企业的重大危险源等级
                （评估时据此预填分级表规则1.1.1–1.1.4），均写入审计日志。
                """
        )

        @Option(name: .long, help: "企业的统一社会信用代码")
        var enterprise: String

        @Argument(help: "存量清单（.csv）或单元文件（YAML）")
        var file: String

        @Option(
            name: .long,
            help: "参考数据目录（含 gb18218-2018.yaml）；默认取环境变量 HAZCHEM_TABLES，其次 ./Checklists，其次程序所在检出目录中的 Checklists/")
        var tables: String?

        @OptionGroup var store: StoreOptions

        func run() throws {
            try MHICommand.runStore(refusal: "未导入，数据库未作改动") { () throws(StoreError) in
                let reference = try MHICommand.storeReference(tables: tables)
                let database = try store.open()
                let stored = try EnterpriseShowCommand.find(enterprise, in: database)
                let summary = try database.importHazardUnits(
                    from: URL(fileURLWithPath: file), enterpriseID: stored.id!, reference: reference, actor: store.actor
                )
                if let named = summary.fileEnterprise, named != stored.name {
                    StoreCLI.printError("注意：文件中的企业名称“\(named)”与企业“\(stored.name)”不同，请核对是否导错企业。")
                }
                let count = summary.assessment.units.count
                Swift.print(
                    "已为企业“\(stored.name)”（\(stored.creditCode)）导入 \(summary.file)：\(count)个单元"
                        + (summary.unitsChanged ? "，替换原有\(summary.previousUnitCount)个单元。" : "，与已登记的单元相同，未改动。"))
                Swift.print(summary.assessment.text, terminator: "")
                let levels = MHICommand.levels(summary.enterprise.majorHazardLevels)
                Swift.print(
                    "企业重大危险源等级："
                        + (summary.levelsChanged
                            ? "\(levels)（原为：\(MHICommand.levels(summary.previousLevels))），已更新。" : "\(levels)（未变）。"))
            }
        }
    }

    /// The GB 18218-2018 reference in the tables directory every command uses (``TableOptions/directory()``:
    /// `--tables`, `$HAZCHEM_TABLES`, `./Checklists`, the nearest `Checklists/` above the executable).
    static func reference(tables: String?) throws(TableError) -> MajorHazardReference {
        var options = TableOptions()
        options.tables = tables
        return try MajorHazardReferenceLoader.load(tablesDirectory: try options.directory())
    }

    /// ``reference(tables:)`` with its problems as a store error.
    static func storeReference(tables: String?) throws(StoreError) -> MajorHazardReference {
        do { return try reference(tables: tables) } catch { throw StoreError.wrap(error) }
    }

    /// Runs a store command; invalid input is announced with its problem count and `refusal` before the problems.
    static func runStore(refusal: String, _ body: () throws(StoreError) -> Void) throws {
        try StoreCLI.run { () throws(StoreError) in
            do throws(StoreError) {
                try body()
            } catch {
                if error.code == .invalidInput { StoreCLI.printError("错误：输入有\(error.problems.count)处问题，\(refusal)。") }
                throw error
            }
        }
    }

    /// `三级、四级`, or 无.
    static func levels(_ numbers: [Int]) -> String {
        let labels = numbers.compactMap { MajorHazardLevel(number: $0)?.label }
        return labels.isEmpty ? "无" : labels.joined(separator: "、")
    }
}
