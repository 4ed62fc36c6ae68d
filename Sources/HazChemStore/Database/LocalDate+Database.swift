import GRDB
import HazChemCore

extension LocalDate: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD` text, which sorts and compares correctly in SQL.
    package var databaseValue: DatabaseValue { description.databaseValue }

    package static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDate? {
        String.fromDatabaseValue(dbValue).flatMap(LocalDate.init(parsing:))
    }
}

extension RecordedTime: DatabaseValueConvertible {
    /// Stored as `YYYY-MM-DD HH:MM` text in the server's time zone; `substr(column, 1, 10)` is its day.
    package var databaseValue: DatabaseValue { description.databaseValue }

    package static func fromDatabaseValue(_ dbValue: DatabaseValue) -> RecordedTime? {
        String.fromDatabaseValue(dbValue).flatMap(RecordedTime.init(parsing:))
    }
}
