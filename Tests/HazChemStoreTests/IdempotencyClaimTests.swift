import Foundation
import GRDB
import HazChemCore
import Testing

@testable import HazChemStore

/// The Idempotency-Key of a web operation is stored in the transaction of its change.
@Suite("Idempotency keys stored with the change")
struct IdempotencyClaimTests {
    static func keys(_ fixture: AssessmentFixture) throws -> [(key: String, status: Int)] {
        try fixture.database.reader.read {
            try Row.fetchAll($0, sql: "SELECT key, status FROM idempotency_key ORDER BY key").map {
                (key: $0["key"], status: $0["status"])
            }
        }
    }

    static func respond(_ fixture: AssessmentFixture, _ item: String) throws {
        try fixture.database.respond(
            assessmentID: fixture.id, AssessmentResponseInput(itemID: item, response: .conforming), actor: "测试员")
    }

    @Test("the change and its key commit together; the answer is filled in afterwards")
    func storedWithTheChange() throws {
        let fixture = try AssessmentFixture()
        let claim = IdempotencyClaim(user: "wjg", key: "op-0001-aaaa", request: "POST /assessments/1/items/A02")
        try IdempotencyClaim.$current.withValue(claim) {
            try Self.respond(fixture, "A02")
            // A later write of the same request does not store the key again.
            try Self.respond(fixture, "A03")
        }
        #expect(claim.isStored)
        #expect(try Self.keys(fixture).map(\.status) == [0])
        let answer = IdempotentAnswer(request: claim.request, status: 200, contentType: "application/json", body: [1])
        try fixture.database.recordIdempotentAnswer(user: "wjg", key: claim.key, answer)
        #expect(try fixture.database.idempotentAnswer(user: "wjg", key: claim.key) == answer)
        // A second answer never replaces the first.
        var other = answer
        other.status = 409
        try fixture.database.recordIdempotentAnswer(user: "wjg", key: claim.key, other)
        #expect(try fixture.database.idempotentAnswer(user: "wjg", key: claim.key)?.status == 200)
    }

    @Test("a refused change stores no key; a second request with a stored key is not applied")
    func refusedAndRepeated() throws {
        let fixture = try AssessmentFixture()
        let refused = IdempotencyClaim(user: "wjg", key: "op-0002-bbbb", request: "POST /assessments/1/items/Z99")
        #expect(throws: StoreError.self) {
            try IdempotencyClaim.$current.withValue(refused) { try Self.respond(fixture, "Z99") }
        }
        let keys = try Self.keys(fixture)
        #expect(!refused.isStored && keys.isEmpty)

        let first = IdempotencyClaim(user: "wjg", key: "op-0003-cccc", request: "POST /assessments/1/items/A02")
        try IdempotencyClaim.$current.withValue(first) { try Self.respond(fixture, "A02") }
        let audits = try fixture.auditCount()
        let again = IdempotencyClaim(user: "wjg", key: "op-0003-cccc", request: "POST /assessments/1/items/A02")
        let error = #expect(throws: StoreError.self) {
            try IdempotencyClaim.$current.withValue(again) { try Self.respond(fixture, "A04") }
        }
        #expect(error?.code == .conflict)
        #expect(try fixture.auditCount() == audits)
        #expect(try fixture.detail().responses.contains { $0.response.itemID == "A04" } == false)
    }

    @Test("the key goes along to the store's writing lane")
    func async() async throws {
        let fixture = try AssessmentFixture()
        let claim = IdempotencyClaim(user: "wjg", key: "op-0004-dddd", request: "POST /assessments/1/items/A02")
        let (database, id) = (fixture.database, fixture.id)
        try await IdempotencyClaim.$current.withValue(claim) {
            try await database.run { try Self.respond(fixture: $0, id: id) }
        }
        let keys = try Self.keys(fixture)
        #expect(claim.isStored && keys.map(\.key) == ["op-0004-dddd"])
    }

    static func respond(fixture database: AppDatabase, id: Int64) throws {
        try database.respond(
            assessmentID: id, AssessmentResponseInput(itemID: "A02", response: .conforming), actor: "测试员")
    }
}
