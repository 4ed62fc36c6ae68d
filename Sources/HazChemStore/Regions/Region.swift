import Foundation
import GRDB

/// A prefecture (盟/市) or county (旗县市) with its GB/T 2260 code, read from `Config/regions.yaml`.
package struct Region: Sendable, Equatable, Codable {
    /// Whether a region is the campaign's prefecture or one of its counties.
    package enum Level: String, Sendable, Codable {
        case prefecture
        case county
    }

    /// The six-digit GB/T 2260 code, such as `152201`.
    package var code: String
    /// The name, such as 乌兰浩特市.
    package var name: String
    /// Prefecture or county.
    package var level: Level
    /// The prefecture's code for a county; nil for the prefecture.
    package var parentCode: String?
    /// The order in the configuration file, for lists and report rows.
    package var position: Int
    /// Other names users write for it, such as 科右前旗 for 科尔沁右翼前旗.
    package var aliases: [String]

    /// Creates a region.
    package init(code: String, name: String, level: Level, parentCode: String?, position: Int, aliases: [String] = []) {
        self.code = code
        self.name = name
        self.level = level
        self.parentCode = parentCode
        self.position = position
        self.aliases = aliases
    }
}

// MARK: - Database

extension Region: FetchableRecord, PersistableRecord {
    package static let databaseTableName = "region"

    package enum CodingKeys: String, CodingKey {
        case code, name, level
        case parentCode = "parent_code"
        case position, aliases
    }
}
