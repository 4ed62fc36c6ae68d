import Foundation
import GRDB

/// New enterprises of an import, written a batch at a time: one multi-row INSERT for the rows, then one
/// INSERT … SELECT for their audit rows (`create`, `after` = the stored row), in the caller's transaction.
struct EnterpriseInsertBatch {
    private let db: Database
    private let columns: [String]
    private let size: Int
    private let at: DatabaseValue
    private let actor: String
    /// The values of the rows not yet written, `created_at` and `updated_at` included, row after row.
    private var values: [(any DatabaseValueConvertible)?] = []
    private var rows = 0
    /// The statement for a full batch, prepared on first use.
    private var full: Statement?

    /// A batch writing `size` rows per statement into `columns` (all of ``Enterprise/valueColumns``).
    init(_ db: Database, columns: [String], size: Int, at: DatabaseValue, actor: String) {
        self.db = db
        self.columns = columns
        self.size = size
        self.at = at
        self.actor = actor
        values.reserveCapacity(size * columns.count)
    }

    /// Adds one row's particulars (every column but the two timestamps); returns how many rows it wrote.
    mutating func append(_ particulars: ArraySlice<(any DatabaseValueConvertible)?>) throws -> Int {
        values += particulars
        values.append(at)
        values.append(at)
        rows += 1
        return rows == size ? try flush() : 0
    }

    /// Writes the pending rows and their audit rows; returns how many rows it wrote.
    mutating func flush() throws -> Int {
        guard rows > 0 else { return 0 }
        let statement: Statement
        if rows == size, let full {
            statement = full
        } else {
            statement = try db.makeStatement(sql: insertSQL(rows: rows))
            if rows == size { full = statement }
        }
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        // One statement on the only writer: the new ids are consecutive and end at the last inserted rowid.
        let last = db.lastInsertedRowID
        let first = last - Int64(rows) + 1
        let audit = try db.cachedStatement(
            sql: """
                INSERT INTO audit_log (at, user, action, entity, entity_id, before_json, after_json)
                SELECT ?, ?, 'create', 'enterprise', id, NULL, \(Enterprise.auditJSONExpression)
                FROM enterprise WHERE id BETWEEN ? AND ? ORDER BY id
                """)
        try audit.execute(arguments: [at, actor, first, last])
        guard db.changesCount == rows else {
            throw StoreError(.database, message: "导入企业的审计记录数（\(db.changesCount)）与新增企业数（\(rows)）不一致")
        }
        let written = rows
        values.removeAll(keepingCapacity: true)
        rows = 0
        return written
    }

    private func insertSQL(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return "INSERT INTO enterprise (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }
}
