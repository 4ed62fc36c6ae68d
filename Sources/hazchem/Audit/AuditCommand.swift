import ArgumentParser
import Foundation
import HazChemCore
import HazChemStore

/// `hazchem audit`: the audit log, newest first.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "查看审计日志（最新的在前）")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "只看此类记录：enterprise、expert、panel、region") var entity: String?
    @Option(help: "只看此操作人") var user: String?
    @Option(help: "只看此日期（YYYY-MM-DD，本地时间）及以后") var since: String?
    @Option(help: "只看此日期（YYYY-MM-DD，本地时间）以前") var until: String?
    @Option(help: "最多显示的条数") var limit = 100
    @Flag(help: "同时显示修改前后的内容（JSON）") var details = false

    func run() throws {
        try StoreCLI.run { () throws(StoreError) in
            var filter = AuditFilter(entity: entity, user: user, limit: limit)
            filter.since = try since.map { text throws(StoreError) in try Self.startOfDay(text, option: "--since") }
            filter.until = try until.map { text throws(StoreError) in try Self.startOfDay(text, option: "--until") }
            let store = try database.open(actor: StoreOptions.actor(nil))
            print(["编号", "时间", "操作人", "操作", "对象", "对象编号"].joined(separator: "\t"))
            for entry in try store.auditLog(filter) {
                print(
                    [
                        String(entry.id!), StoreCLI.timestamp(entry.at), entry.user, entry.action, entry.entity,
                        entry.entityID ?? "",
                    ]
                    .joined(separator: "\t"))
                if details {
                    if let before = entry.before { print("  修改前：\(before)") }
                    if let after = entry.after { print("  修改后：\(after)") }
                }
            }
        }
    }

    private static func startOfDay(_ text: String, option: String) throws(StoreError) -> Date {
        guard let day = LocalDate(parsing: text) else { throw StoreCLI.invalid(option, "日期“\(text)”无效（应为YYYY-MM-DD）") }
        let components = DateComponents(year: day.year, month: day.month, day: day.day)
        return Calendar(identifier: .gregorian).date(from: components)!
    }
}
