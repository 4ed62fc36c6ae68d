import GRDB
import HazChemCore

extension LocalDate: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text, which sorts and compares correctly in SQL.
    package var databaseValue: DatabaseValue { description.databaseValue }

    package static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(parsing:))
    }
}
