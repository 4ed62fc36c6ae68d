import ArgumentParser
import Foundation
import HazChemCore
import HazChemTables

/// `hazchem checklists list|show|validate`: the checklist and grading table files.
struct ChecklistsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklists",
        abstract: "查看和校验检查表、分级表等数据文件",
        subcommands: [List.self, Show.self, Validate.self]
    )

    /// Lists the tables of the tables directory.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出全部表：编号、类型、标题、版本、状态、适用企业")

        @OptionGroup var tableOptions: TableOptions

        func run() throws {
            let directory: URL
            do { directory = try tableOptions.directory() } catch { throw TableOptions.fail(error) }
            let (catalog, reports) = TableCatalog.inspect(directory: directory)
            var rows = [["编号", "类型", "版本", "状态", "适用企业", "标题"]]
            for entry in catalog.entries {
                let header = entry.header
                rows.append([
                    header.id, entry.kind.rawValue, header.version, header.status.rawValue,
                    header.appliesTo.isEmpty ? "-" : header.appliesTo.map(\.rawValue).joined(separator: ","),
                    header.title,
                ])
            }
            print(TextTable.render(rows))
            let problems = reports.flatMap(\.problems)
            if !problems.isEmpty {
                throw TableOptions.fail(TableError(problems: problems))
            }
        }
    }

    /// Prints one table in full.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "显示一张表的全部内容")

        @Argument(help: "表编号，如 production-storage")
        var id: String

        @OptionGroup var tableOptions: TableOptions

        func run() throws {
            let catalog = try tableOptions.catalog()
            if let table = catalog.gradingTable(id: id) {
                print(table.renderText())
            } else if let checklist = catalog.checklist(id: id) {
                print(checklist.renderText())
            } else if let criteria = catalog.criteriaLists.first(where: { $0.header.id == id }) {
                print("\(criteria.header.id)  \(criteria.header.title)")
                print("版本 \(criteria.header.version)，\(criteria.header.status.label)；依据 \(criteria.header.basis)")
                for criterion in criteria.criteria { print("  \(criterion.number). \(criterion.text)") }
            } else if let entry = catalog.entry(id: id) {
                print("\(entry.header.id)  \(entry.header.title)（\(entry.kind.label)，\(entry.file)）")
                print("版本 \(entry.header.version)，\(entry.header.status.label)；依据 \(entry.header.basis)")
                print("（此类表的详细显示尚未实现）")
            } else {
                let known = catalog.entries.map(\.header.id).joined(separator: "、")
                throw TableOptions.fail(TableError(file: id, message: "未知的表编号（可用：\(known)）"))
            }
        }
    }

    /// Loads every table file under a path and reports each file.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "校验目录（或单个文件）中的全部表文件，有问题时退出码为2")

        @Argument(help: ArgumentHelp("目录或文件（默认：检查表目录）", valueName: "PATH"))
        var path: String?

        @OptionGroup var tableOptions: TableOptions

        func run() throws {
            let url: URL
            if let path {
                url = URL(fileURLWithPath: path)
            } else {
                do { url = try tableOptions.directory() } catch { throw TableOptions.fail(error) }
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw TableOptions.fail(TableError(file: url.path, message: "路径不存在"))
            }
            let reports =
                isDirectory.boolValue
                ? TableCatalog.inspect(directory: url).reports : [TableCatalog.inspect(file: url)]
            if reports.isEmpty {
                throw TableOptions.fail(TableError(file: url.path, message: "没有找到表文件（*.yaml）"))
            }
            for report in reports {
                if report.problems.isEmpty {
                    print("通过  \(report.file)")
                } else {
                    print("错误  \(report.file)")
                    for problem in report.problems { print("      \(problem.description)") }
                }
            }
            let failed = reports.filter { !$0.problems.isEmpty }.count
            print("共 \(reports.count) 个文件，\(failed == 0 ? "全部通过" : "\(failed) 个有问题")")
            if failed > 0 {
                TableOptions.printError("校验未通过：\(failed) 个文件有问题")
                throw ExitCode(2)
            }
        }
    }
}
