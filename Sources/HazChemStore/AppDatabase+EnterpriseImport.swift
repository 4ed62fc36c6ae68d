import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Imports enterprises from a CSV file with Chinese column headers (see `Config/enterprise-import.md`).
    ///
    /// Columns (Chinese headers in any order; 统一社会信用代码, 企业名称, 旗县市 and 企业类型 required):
    /// 统一社会信用代码, 企业名称, 旗县市 (name, alias or GB/T 2260 code), 企业类型 (生产/储存/经营(带储存)/
    /// 经营(不带储存)), 地址, 主要负责人, 联系电话, 许可证编号, 许可范围, 许可证有效期至 (YYYY-MM-DD),
    /// 是否在化工园区 (是/否), 重大危险源等级 (一级、三级 or 无), 危险化工工艺 (the 18 official names, 、-separated),
    /// 重点监管危险化学品 (、-separated), 安全生产标准化等级 (一级/二级/三级/无), 经营状态 (在产/停产/关闭).
    ///
    /// Every bad row is reported with its row number, column and reason, all at once. Any bad row stores
    /// nothing unless `options.skipInvalid` is on; then the good rows are stored and the bad ones written to
    /// `options.rejectedFile` with a 错误原因 column. A credit code already stored updates that enterprise
    /// (audited before/after); a credit code twice in the file is an error. The whole import is one
    /// transaction with prepared statements, so an interrupted import leaves the database as it was.
    package func importEnterprises(
        from url: URL, options: EnterpriseImportOptions = EnterpriseImportOptions(), actor: String
    ) throws(StoreError) -> EnterpriseImportSummary {
        let table = try CSVTable.read(contentsOf: url)
        return try importEnterprises(table, file: url.lastPathComponent, options: options, actor: actor)
    }

    /// Imports an already parsed table; `file` names it in messages and the audit log.
    package func importEnterprises(
        _ table: CSVTable, file: String, options: EnterpriseImportOptions = EnterpriseImportOptions(), actor: String
    ) throws(StoreError) -> EnterpriseImportSummary {
        try Self.checkActor(actor)
        let columns = try EnterpriseImportColumns(header: table.header, file: file)
        return try write { db in
            let regions = RegionDirectory(try Region.fetchAll(db))
            var good: [Enterprise] = []
            var rejected: [(index: Int, problems: [StoreError.Problem])] = []
            var firstRow: [String: Int] = [:]
            let total = table.rows.count
            for (index, fields) in table.rows.enumerated() {
                let row = table.rowNumbers[index]
                var problems: [StoreError.Problem] = []
                var values: [EnterpriseField: String] = [:]
                for (column, text) in fields.enumerated() {
                    if let field = columns.fields[column] {
                        values[field] = text
                    } else if column >= table.header.count, !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        problems.append(
                            .init(file: file, row: row, message: "第\(column + 1)列有内容，但表头只有\(table.header.count)列"))
                    }
                }
                do throws(StoreError) {
                    let enterprise = try Enterprise.parse(values, regions: regions)
                    if let first = firstRow[enterprise.creditCode.value] {
                        problems.append(
                            .init(
                                file: file, row: row, column: columns.header(.creditCode),
                                message: "统一社会信用代码与第\(first)行重复"))
                    } else if problems.isEmpty {
                        firstRow[enterprise.creditCode.value] = row
                        good.append(enterprise)
                    }
                } catch {
                    problems += error.problems.map {
                        let field = $0.field.flatMap { EnterpriseField(header: $0) }
                        return .init(file: file, row: row, column: field.map(columns.header), message: $0.message)
                    }
                }
                if !problems.isEmpty { rejected.append((index, problems)) }
                if (index + 1) % EnterpriseImportProgress.interval == 0 || index + 1 == total {
                    options.progress?(.init(phase: .validating, done: index + 1, total: total))
                }
            }
            if !rejected.isEmpty && !options.skipInvalid {
                throw StoreError(.invalidInput, problems: rejected.flatMap(\.problems))
            }
            var summary = try store(good, db: db, progress: options.progress, actor: actor)
            summary.rows = total
            summary.rejected = rejected.count
            if !rejected.isEmpty, let url = options.rejectedFile {
                let width = table.header.count
                let rows = rejected.map { entry -> [String] in
                    let fields = table.rows[entry.index]
                    let padded = fields + Array(repeating: "", count: max(0, width - fields.count))
                    return padded + [entry.problems.map(\.description).joined(separator: "；")]
                }
                try CSVTable(header: table.header + ["错误原因"], rows: rows, rowNumbers: []).write(to: url)
                summary.rejectedFile = url.path
            }
            try audit(
                db, actor: actor, action: "import", entity: "enterprise", entityID: nil,
                after: try AuditJSON.encode(ImportRecord(file: file, summary: summary)))
            return summary
        }
    }

    /// Inserts new and updates changed enterprises through prepared statements, one audit row each.
    private func store(
        _ enterprises: [Enterprise], db: Database, progress: ((EnterpriseImportProgress) -> Void)?, actor: String
    ) throws -> EnterpriseImportSummary {
        var summary = EnterpriseImportSummary(rows: 0, inserted: 0, updated: 0, unchanged: 0, rejected: 0)
        var existing: [String: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT credit_code, id FROM enterprise")
        while let row = try rows.next() { existing[row[0]] = row[1] }
        let columns = Enterprise.valueColumns
        let insert = try db.makeStatement(
            sql:
                "INSERT INTO enterprise (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        )
        let updated = columns.filter { $0 != "created_at" }
        let update = try db.makeStatement(
            sql: "UPDATE enterprise SET \(updated.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?")
        let stampValue = now().databaseValue
        let stamps = columns.count - 2  // created_at, updated_at are the last two columns
        for (index, record) in enterprises.enumerated() {
            if let id = existing[record.creditCode.value] {
                let before = try Enterprise.fetchOne(db, key: id)!
                if before.hasSameParticulars(as: record) {
                    summary.unchanged += 1
                } else {
                    let beforeJSON = try Enterprise.auditJSON(db, id: id)
                    var values = record.databaseValues
                    values.remove(at: stamps)  // created_at stays as it was
                    values[stamps] = stampValue
                    try update.execute(arguments: StatementArguments(values + [id]))
                    try Enterprise.audit(db, at: stampValue, actor: actor, action: "update", id: id, before: beforeJSON)
                    summary.updated += 1
                }
            } else {
                var values = record.databaseValues
                values[stamps] = stampValue
                values[stamps + 1] = stampValue
                try insert.execute(arguments: StatementArguments(values))
                try Enterprise.audit(
                    db, at: stampValue, actor: actor, action: "create", id: db.lastInsertedRowID, before: nil)
                summary.inserted += 1
            }
            if (index + 1) % EnterpriseImportProgress.interval == 0 || index + 1 == enterprises.count {
                progress?(.init(phase: .writing, done: index + 1, total: enterprises.count))
            }
        }
        return summary
    }
}

/// The audit record of a whole import.
private struct ImportRecord: Encodable {
    var file: String
    var summary: EnterpriseImportSummary
}
