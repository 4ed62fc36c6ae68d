import Foundation
import GRDB
import Testing

@testable import HazChemStore

@Suite("Migration v2-web")
struct WebSchemaTests {
    /// Inserts a user row directly, bypassing the store's checks.
    func insert(_ database: AppDatabase, role: String, county: String?, expert: Int64?, name: String = "x1") throws {
        try database.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO app_user (username, display_name, password_hash, role, county_code, expert_id,
                        created_at, updated_at)
                    VALUES (?, 'x', '$2b$04$abcdefghijklmnopqrstuv', ?, ?, ?, '2019-07-01', '2019-07-01')
                    """, arguments: [name, role, county, expert])
        }
    }

    @Test(arguments: [
        ("county", String?.none, Int64?.none), ("prefecture", "152201", nil), ("expert", nil, nil),
        ("administrator", nil, 1), ("guest", nil, nil),
    ])
    func theRoleDecidesWhichLinksARowMustHave(role: String, county: String?, expert: Int64?) throws {
        let fixtures = try WebFixtures()
        #expect(throws: DatabaseError.self) {
            try insert(fixtures.database, role: role, county: county, expert: expert)
        }
    }

    @Test func userNamesAreUniqueIgnoringCaseAndLimitedToSafeCharacters() throws {
        let fixtures = try WebFixtures()
        #expect(throws: DatabaseError.self) {
            try insert(fixtures.database, role: "prefecture", county: nil, expert: nil, name: "MENG")
        }
        #expect(throws: DatabaseError.self) {
            try insert(fixtures.database, role: "prefecture", county: nil, expert: nil, name: "a b")
        }
        try insert(fixtures.database, role: "regulator", county: nil, expert: fixtures.expertID, name: "li.si-2")
    }

    @Test func aSessionKeepsA64CharacterHashAndGoesWithItsUser() throws {
        let fixtures = try WebFixtures()
        let user = try #require(try fixtures.database.user(username: "meng"))
        #expect(throws: StoreError.self) {
            try fixtures.database.createSession(
                userID: user.id!, tokenHash: "short", csrfToken: String(repeating: "a", count: 64), lifetime: 60)
        }
        try fixtures.database.createSession(
            userID: user.id!, tokenHash: String(repeating: "b", count: 64),
            csrfToken: String(repeating: "a", count: 64),
            lifetime: 60)
        try fixtures.database.writer.write { db in try db.execute(sql: "DELETE FROM app_user WHERE username = 'meng'") }
        #expect(
            try fixtures.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM web_session") }
                == 0)
    }
}
