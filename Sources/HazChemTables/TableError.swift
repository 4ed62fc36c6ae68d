import Foundation

/// Everything wrong with one or more table files, listed together so a user fixes them in one pass.
package struct TableError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem: where it is and what was expected.
    package struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The file name as the user gave it.
        package var file: String
        /// 1-based line, when known.
        package var line: Int?
        /// The field path, such as `categories[2].projects[0].cap`.
        package var field: String
        /// What is wrong and what is expected, in Chinese.
        package var message: String

        package init(file: String, line: Int?, field: String, message: String) {
            self.file = file
            self.line = line
            self.field = field
            self.message = message
        }

        /// `production-storage.yaml 第12行 字段 categories[0].projects[0].cap：…`
        package var description: String {
            var where_ = file
            if let line { where_ += " 第\(line)行" }
            if !field.isEmpty { where_ += " 字段 \(field)" }
            return "\(where_)：\(message)"
        }
    }

    /// The problems, in file and line order.
    package var problems: [Problem]

    package init(problems: [Problem]) { self.problems = problems }

    package init(file: String, line: Int? = nil, field: String = "", message: String) {
        self.problems = [Problem(file: file, line: line, field: field, message: message)]
    }

    package var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
