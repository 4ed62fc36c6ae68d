import Foundation
import GRDB
import HazChemCore
import HazChemTables

/// One import of a parsed CSV table: checks every row, then writes the good ones in the caller's transaction.
struct EnterpriseImportRun {
    /// The table read from the file.
    let table: CSVTable
    /// The file name for messages.
    let file: String
    /// The header matched to fields.
    let columns: EnterpriseImportColumns
    /// Progress reports, if wanted.
    let progress: ((EnterpriseImportProgress) -> Void)?

    /// The rows that passed, as enterprises.
    private(set) var good: [Enterprise] = []
    /// The rows that failed: their index in `table.rows` and every problem found.
    private(set) var rejected: [(index: Int, problems: [StoreError.Problem])] = []

    /// Checks every row against the regions; a credit code seen on an earlier row is a problem too.
    /// With `county` (its code, name and the credit codes registered in other counties) every row must be an
    /// enterprise of that county.
    mutating func validate(
        regions: RegionDirectory, county: (code: String, name: String, foreign: Set<String>)? = nil
    ) {
        var firstRow: [String: Int] = [:]
        let total = table.rows.count
        for (index, record) in table.rows.enumerated() {
            let row = record.record
            let fields = record.fields
            var problems: [StoreError.Problem] = []
            var values = [EnterpriseField: String](minimumCapacity: fields.count)
            for (column, text) in fields.enumerated() {
                if let field = columns.fields[column] {
                    values[field] = text
                } else if column >= table.header.count, !text.trimmed.isEmpty {
                    problems.append(
                        .init(file: file, row: row, message: "第\(column + 1)列有内容，但表头只有\(table.header.count)列"))
                }
            }
            do throws(StoreError) {
                let enterprise = try Enterprise.parse(values, regions: regions)
                if let county, enterprise.countyCode != county.code {
                    problems.append(
                        .init(
                            file: file, row: row, column: columns.header(.county),
                            message: "只能导入本旗县市（\(county.name)）的企业"))
                } else if let county, county.foreign.contains(enterprise.creditCode.value) {
                    problems.append(
                        .init(
                            file: file, row: row, column: columns.header(.creditCode),
                            message: "该统一社会信用代码已登记为其他旗县市的企业，只能由该旗县市或盟市修改"))
                } else if let first = firstRow[enterprise.creditCode.value] {
                    problems.append(
                        .init(
                            file: file, row: row, column: columns.header(.creditCode), message: "统一社会信用代码与第\(first)行重复")
                    )
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
            report(.validating, done: index + 1, total: total)
        }
    }

    /// How many new enterprises one INSERT statement writes. Row by row, SQLite's per-statement work
    /// (a statement transaction, and a temporary b-tree for each `IN (…)` CHECK of the table) cost more
    /// than the rows themselves.
    static let insertBatch = 100

    /// Inserts new and updates changed enterprises, one audit row each, stamped `at`, in file order.
    ///
    /// New enterprises go in batches of ``insertBatch`` rows per statement; their ids are consecutive
    /// (AUTOINCREMENT, one statement, one writer), so one INSERT … SELECT writes their audit rows.
    func store(_ db: Database, at: DatabaseValue, actor: String) throws -> EnterpriseImportSummary {
        var summary = EnterpriseImportSummary(
            rows: table.rows.count, inserted: 0, updated: 0, unchanged: 0, rejected: rejected.count)
        let columns = Enterprise.valueColumns
        let particulars = columns.count - 2  // created_at and updated_at come last
        // A file without the self-reactive column (older files predate it) leaves a stored flag as it is.
        let keptFlag =
            self.columns.headers[.selfReactiveUnits] == nil ? columns.firstIndex(of: "self_reactive_units") : nil
        // Existing rows by credit code, with their particulars as stored, to spot unchanged rows cheaply.
        var existing: [String: (id: Int64, values: ArraySlice<DatabaseValue>)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, \(columns.joined(separator: ", ")) FROM enterprise")
        while let row = try rows.next() {
            let values = Array(row.databaseValues)
            existing[String.fromDatabaseValue(values[1])!] = (
                Int64.fromDatabaseValue(values[0])!, values[1...particulars]
            )
        }
        let update = try db.makeStatement(
            sql:
                "UPDATE enterprise SET \(columns.dropLast(2).map { "\($0) = ?" }.joined(separator: ", ")), updated_at = ? WHERE id = ?"
        )
        var batch = EnterpriseInsertBatch(db, columns: columns, size: Self.insertBatch, at: at, actor: actor)
        for (index, record) in good.enumerated() {
            let fields = record.databaseValues.prefix(particulars)
            if let (id, stored) = existing[record.creditCode.value] {
                var values = fields.map { $0?.databaseValue ?? .null }
                if let keptFlag { values[keptFlag] = stored[stored.startIndex + keptFlag] }
                if stored.elementsEqual(values) {
                    summary.unchanged += 1
                } else {
                    summary.inserted += try batch.flush()
                    let before = try Enterprise.auditJSON(db, id: id)
                    try update.execute(arguments: StatementArguments(values + [at, id.databaseValue]))
                    try Enterprise.audit(db, at: at, actor: actor, action: "update", id: id, before: before)
                    summary.updated += 1
                }
            } else {
                summary.inserted += try batch.append(fields)
            }
            report(.writing, done: index + 1, total: good.count)
        }
        summary.inserted += try batch.flush()
        return summary
    }

    /// Writes the rejected rows as they were, padded to the header, with a 错误原因 column added.
    func writeRejected(to url: URL) throws(StoreError) {
        let width = table.header.count
        let rows = rejected.map { entry -> [String] in
            let fields = table.rows[entry.index].fields
            let padded = fields + Array(repeating: "", count: max(0, width - fields.count))
            return padded + [entry.problems.map(\.description).joined(separator: "；")]
        }
        try CSVTable(file: url.lastPathComponent, header: table.header + ["错误原因"], rows: rows).write(to: url)
    }

    private func report(_ phase: EnterpriseImportPhase, done: Int, total: Int) {
        if done % EnterpriseImportPhase.interval == 0 || done == total {
            progress?(EnterpriseImportProgress(phase: phase, done: done, total: total))
        }
    }
}
