import Foundation
import GRDB
import HazChemCore
import HazChemTables

/// Everything the store refused, with where each problem is, listed together so a user fixes them in one pass.
///
/// Messages name the file, row, column or field and the record involved, but never dump whole rows
/// or SQL arguments, so enterprise data stays out of logs.
package struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure this is; the CLI maps `invalidInput` to exit code 2.
    package enum Code: String, Sendable, Equatable {
        /// A file, field or request the user gave is wrong.
        case invalidInput
        /// A record the request names does not exist.
        case notFound
        /// The request conflicts with stored data (a duplicate, a missing reference).
        case conflict
        /// A signed assessment or the audit log was about to be changed.
        case immutable
        /// SQLite failed for another reason (disk, lock, corruption).
        case database
    }

    /// One problem and where it is.
    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file name as the user gave it, for imports and configuration files.
        package var file: String?
        /// The 1-based row (spreadsheet row: the header is row 1) or YAML line.
        package var row: Int?
        /// The CSV column header.
        package var column: String?
        /// The field name, for records and YAML files.
        package var field: String?
        /// The record concerned, such as `企业 91350100M000100Y43` or `专家组 3`.
        package var entity: String?
        /// What is wrong and what is expected, in Chinese.
        package var message: String

        /// Creates a problem; every location part is optional.
        package init(
            file: String? = nil, row: Int? = nil, column: String? = nil, field: String? = nil,
            entity: String? = nil, message: String
        ) {
            self.file = file
            self.row = row
            self.column = column
            self.field = field
            self.entity = entity
            self.message = message
        }

        /// `enterprises.csv 第3行 列“统一社会信用代码”：…` or `企业 9135… 字段“企业名称”：…`.
        package var description: String {
            var parts: [String] = []
            if let file { parts.append(file) }
            if let row { parts.append("第\(row)行") }
            if let entity { parts.append(entity) }
            if let column { parts.append("列“\(column)”") }
            if let field { parts.append("字段“\(field)”") }
            return parts.isEmpty ? message : parts.joined(separator: " ") + "：" + message
        }
    }

    /// The kind of failure.
    package var code: Code
    /// The problems, in the order found (file row order for imports).
    package var problems: [Problem]

    /// Creates an error from several problems.
    package init(_ code: Code, problems: [Problem]) {
        self.code = code
        self.problems = problems
    }

    /// Creates an error with a single problem.
    package init(
        _ code: Code, file: String? = nil, row: Int? = nil, column: String? = nil, field: String? = nil,
        entity: String? = nil, message: String
    ) {
        self.init(
            code,
            problems: [Problem(file: file, row: row, column: column, field: field, entity: entity, message: message)])
    }

    /// One line per problem.
    package var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension StoreError {
    /// ``wrap(_:)`` with every problem naming `file`, its message after `prefix` (“无法打开数据库：”, “备份失败：”).
    package static func wrap(_ error: any Error, file: String, prefix: String = "") -> StoreError {
        var wrapped = wrap(error)
        wrapped.problems = wrapped.problems.map {
            var problem = $0
            problem.file = file
            problem.message = prefix + problem.message
            return problem
        }
        return wrapped
    }

    /// Converts any error thrown inside the store into a `StoreError`.
    ///
    /// Trigger messages (signed assessments, audit log) become `immutable`; constraint failures become
    /// `conflict`. Only SQLite's message is kept, never the SQL or its arguments.
    package static func wrap(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as DatabaseError:
            let message = error.message ?? "数据库错误（代码 \(error.resultCode.rawValue)）"
            if message.hasPrefix(Schema.immutableMessagePrefix) || message.hasPrefix(Schema.auditMessagePrefix)
                || message == Schema.snapshotMessage || message == Schema.photoImmutableMessage
            {
                return StoreError(.immutable, message: message)
            }
            DebugLog.write("SQLite \(error.resultCode.rawValue)", "\(error)")
            return translated(error, message: message)
        case let error as TableError:
            return StoreError(
                .invalidInput,
                problems: error.problems.map {
                    Problem(file: $0.file, row: $0.line, field: $0.field.isEmpty ? nil : $0.field, message: $0.message)
                })
        default:
            DebugLog.write("store", "\(error)")
            return StoreError(.database, message: "存储失败：发生内部错误（设置环境变量 HAZCHEM_DEBUG=1 可查看详情）")
        }
    }

    /// An SQLite error in Chinese: what happened and what to do. Locks, files that are no database, damaged or
    /// read-only files are refused (exit 2 on the command line); a full disk and anything else is a failure.
    private static func translated(_ error: DatabaseError, message: String) -> StoreError {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(
                .conflict,
                message: "数据库正被其他程序占用，等待\(Int(AppDatabase.busyTimeout))秒后仍未释放：请稍后重试，或先结束正在写入的程序（如导入、生成演示数据）")
        case .SQLITE_NOTADB:
            return StoreError(.invalidInput, message: "文件不是SQLite数据库：请检查 --db 指定的路径")
        case .SQLITE_CORRUPT:
            return StoreError(.invalidInput, message: "数据库文件已损坏：请从备份恢复（hazchem backup 生成的副本）")
        case .SQLITE_READONLY:
            return StoreError(.invalidInput, message: "数据库文件只读：请检查该文件及其所在目录的写权限")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(.invalidInput, message: "无法打开数据库文件：请检查路径和权限")
        case .SQLITE_FULL:
            return StoreError(.database, message: "磁盘已满，数据未保存：请清理磁盘空间后重试")
        case .SQLITE_IOERR:
            return StoreError(.database, message: "读写数据库文件时出错（磁盘或文件系统故障），数据未保存：请检查磁盘后重试")
        case .SQLITE_CONSTRAINT:
            return StoreError(.conflict, message: "数据约束不满足：\(constraint(message))")
        default:
            return StoreError(
                .database, message: "数据库错误（代码 \(error.resultCode.rawValue)）：设置环境变量 HAZCHEM_DEBUG=1 可查看详情")
        }
    }

    /// `UNIQUE constraint failed: enterprise.credit_code` → `与已有记录重复（enterprise.credit_code）`.
    private static func constraint(_ message: String) -> String {
        let columns = message.components(separatedBy: "failed: ").dropFirst().first.map { "（\($0)）" } ?? ""
        if message.hasPrefix("UNIQUE") { return "与已有记录重复\(columns)" }
        if message.hasPrefix("NOT NULL") { return "缺少必填值\(columns)" }
        if message.hasPrefix("CHECK") { return "取值不符合要求\(columns)" }
        if message.hasPrefix("FOREIGN KEY") { return "引用的记录不存在，或记录仍被其他记录引用" }
        return message
    }
}
