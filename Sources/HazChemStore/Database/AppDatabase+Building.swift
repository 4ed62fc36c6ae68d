import Foundation
import GRDB

extension AppDatabase {
    /// Opens a new database file that one large bulk write will fill before anyone else opens it (`hazchem demo`
    /// builds its temporary file so): one connection with a rollback journal instead of WAL.
    ///
    /// In WAL mode a transaction of several GB keeps every page it writes in the WAL until it commits, and each page
    /// read in it searches the WAL index (at 200,000 enterprises a 3.7 GB WAL, with `sqlite3WalFindFrame` at 38 % of
    /// the last step). With a rollback journal the new pages go straight into the file and the journal holds only the
    /// few pages that existed before; the transaction stays atomic. Call ``finishBuilding()`` when done.
    package static func openForBuilding(path: String) throws(StoreError) -> AppDatabase {
        try checkFolder(of: path)
        var config = makeConfiguration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        let queue: DatabaseQueue
        do { queue = try DatabaseQueue(path: path, configuration: config) } catch {
            throw openFailure(error, path: path)
        }
        return try migrated(queue, path: path, now: { Date() })
    }

    /// Switches a database built with ``openForBuilding(path:)`` to WAL, the mode ``open(path:now:)`` uses, so the
    /// finished file is like any other; the file is complete once the connection closes.
    package func finishBuilding() throws(StoreError) {
        do { try writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = WAL") } } catch {
            throw StoreError.wrap(error)
        }
    }
}
