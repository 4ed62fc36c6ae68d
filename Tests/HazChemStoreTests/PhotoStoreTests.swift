import Foundation
import GRDB
import HazChemCore
import HazChemTestSupport
import Testing

@testable import HazChemStore

@Suite("Photos: type from content, limits, duplicates, immutability, audit")
struct PhotoStoreTests {
    static let actor = AssessmentFixture.actor

    func add(_ fixture: AssessmentFixture, _ bytes: [UInt8], thumbnail: [UInt8]? = nil) throws
        -> (photo: Photo, duplicate: Bool)
    {
        try add(fixture, .item("A01"), stage: .finding, bytes, thumbnail: thumbnail)
    }

    func add(
        _ fixture: AssessmentFixture, _ target: PhotoTarget, stage: PhotoStage = .finding, _ bytes: [UInt8],
        thumbnail: [UInt8]? = nil
    ) throws -> (photo: Photo, duplicate: Bool) {
        try fixture.database.addPhoto(
            assessmentID: fixture.id, target, stage: stage,
            PhotoUpload(content: bytes, thumbnail: thumbnail, fileName: "现场.jpg"), actor: Self.actor)
    }

    @Test("a PNG and a JPEG are stored with size, type and hash from their content, and audited")
    func stored() throws {
        let fixture = try AssessmentFixture()
        let audits = try fixture.auditCount()
        let png = try add(fixture, TestImages.png(width: 30, height: 20))
        #expect(png.photo.mime == "image/png" && png.photo.width == 30 && png.photo.height == 20)
        #expect(!png.duplicate && png.photo.takenBy == Self.actor && !png.photo.hasThumbnail)
        let jpeg = try add(
            fixture, TestImages.jpeg(width: 2048, height: 1536), thumbnail: TestImages.png(width: 4, height: 3))
        #expect(jpeg.photo.mime == "image/jpeg" && jpeg.photo.width == 2048 && jpeg.photo.hasThumbnail)
        var digest = SHA256()
        digest.update(TestImages.jpeg(width: 2048, height: 1536))
        #expect(jpeg.photo.sha256 == digest.finalize().map { String(format: "%02x", $0) }.joined())
        #expect(try fixture.auditCount() == audits + 2)
        #expect(try fixture.database.photos(assessmentID: fixture.id).map(\.id) == [png.photo.id, jpeg.photo.id])
    }

    @Test(
        "content that is not a JPEG or PNG is refused whatever its name",
        arguments: [
            Array("GIF89a....".utf8), Array("%PDF-1.4".utf8), [0xFF, 0xD8, 0xFF, 0xD9], [],
            Array(TestImages.png(width: 2, height: 2).prefix(20)),
        ])
    func typeChecked(bytes: [UInt8]) throws {
        let fixture = try AssessmentFixture()
        let error = #expect(throws: StoreError.self) { try add(fixture, bytes) }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("现场.jpg") == true)
        #expect(try fixture.database.photos(assessmentID: fixture.id).isEmpty)
    }

    @Test("a photo over 5 MB and a thumbnail over 512 KB are refused")
    func sizeLimits() throws {
        let fixture = try AssessmentFixture()
        let big = TestImages.jpeg(width: 10, height: 10) + [UInt8](repeating: 0, count: PhotoUpload.maxBytes)
        let error = #expect(throws: StoreError.self) { try add(fixture, big) }
        #expect(error?.description.contains("超过上限 5 MB") == true)
        let thumb = TestImages.jpeg(width: 10, height: 10) + [UInt8](repeating: 0, count: PhotoUpload.maxThumbnailBytes)
        let thumbError = #expect(throws: StoreError.self) {
            try add(fixture, TestImages.jpeg(width: 10, height: 10), thumbnail: thumb)
        }
        #expect(thumbError?.description.contains("缩略图") == true)
        #expect(
            try add(fixture, TestImages.jpeg(width: 10, height: 10) + [UInt8](repeating: 0, count: 4 << 20)).duplicate
                == false)
    }

    @Test("the same content at the same place is stored once; elsewhere it is a new photo")
    func duplicates() throws {
        let fixture = try AssessmentFixture()
        let bytes = TestImages.png(width: 5, height: 5)
        let first = try add(fixture, bytes)
        let audits = try fixture.auditCount()
        let again = try add(fixture, bytes)
        #expect(again.duplicate && again.photo == first.photo)
        #expect(try fixture.auditCount() == audits)
        #expect(try add(fixture, .item("A02"), bytes).duplicate == false)
        #expect(try fixture.database.photos(assessmentID: fixture.id).count == 2)
    }

    @Test("at most 12 photos per item and stage")
    func countLimit() throws {
        let fixture = try AssessmentFixture()
        for n in 0..<PhotoUpload.maxPerTarget {
            _ = try add(fixture, TestImages.jpeg(width: 8, height: 8, salt: UInt8(n)))
        }
        let error = #expect(throws: StoreError.self) {
            try add(fixture, TestImages.jpeg(width: 8, height: 8, salt: 99))
        }
        #expect(error?.code == .invalidInput)
        #expect(error?.description.contains("最多 12 张") == true)
        #expect(try add(fixture, .item("A02"), TestImages.jpeg(width: 8, height: 8, salt: 99)).duplicate == false)
    }

    @Test("an item takes finding photos only, of an item the checklist has")
    func itemTargets() throws {
        let fixture = try AssessmentFixture()
        let stage = #expect(throws: StoreError.self) {
            try add(fixture, .item("A01"), stage: .rectification, TestImages.png(width: 2, height: 2))
        }
        #expect(stage?.code == .invalidInput)
        let unknown = #expect(throws: StoreError.self) {
            try add(fixture, .item("ZZ99"), TestImages.png(width: 2, height: 2))
        }
        #expect(unknown?.code == .notFound)
        let hazard = #expect(throws: StoreError.self) {
            try add(fixture, .hazard(999), TestImages.png(width: 2, height: 2))
        }
        #expect(hazard?.code == .notFound)
    }

    @Test("a correction takes the items' finding photos along (copied and audited); the signed version keeps its own")
    func correctionCarriesPhotos() throws {
        let fixture = try AssessmentFixture()
        let finding = try add(fixture, .item("H04"), TestImages.png(width: 3, height: 3)).photo
        let other = try add(fixture, .item("A01"), TestImages.png(width: 5, height: 4)).photo
        let hazard = try #require(try fixture.sign(findings: ["H04": "压力表超期"]).hazards.first)
        let after = try add(fixture, .hazard(hazard.id!), stage: .rectification, TestImages.png(width: 6, height: 6))
        let audits = try fixture.auditCount()
        let correction = try fixture.database.correctAssessment(id: fixture.id, actor: Self.actor)
        let copied = try fixture.database.photos(assessmentID: correction.id!)
        #expect(copied.map(\.target) == [.item("H04"), .item("A01")])
        #expect(copied.map(\.sha256) == [finding.sha256, other.sha256])
        #expect(copied.allSatisfy { $0.takenBy == Self.actor && $0.stage == .finding })
        #expect(Set(copied.map(\.id)).isDisjoint(with: [finding.id, other.id]))
        #expect(
            try fixture.database.photos(assessmentID: fixture.id).map(\.id) == [finding.id, other.id, after.photo.id])
        let photoAudits = try fixture.database.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM audit_log WHERE entity = 'photo' AND action = 'correct'")
        }
        #expect(photoAudits == 2)
        #expect(try fixture.auditCount() > audits + 2)
    }

    @Test("a signed assessment's photos never change; rectification and re-check photos may still be added")
    func immutable() throws {
        let fixture = try AssessmentFixture()
        let before = try add(fixture, .item("H04"), TestImages.png(width: 3, height: 3)).photo
        let hazard = try #require(try fixture.sign(findings: ["H04": "压力表超期"]).hazards.first)
        let late = #expect(throws: StoreError.self) {
            try add(fixture, .item("H04"), TestImages.png(width: 4, height: 4))
        }
        #expect(late?.code == .immutable)
        for sql in ["UPDATE photo SET taken_by = 'x' WHERE id = ?", "DELETE FROM photo WHERE id = ?"] {
            let error = #expect(throws: StoreError.self) {
                try fixture.database.write { try $0.execute(sql: sql, arguments: [before.id]) }
            }
            #expect(error?.code == .immutable)
        }
        let raw = #expect(throws: StoreError.self) {
            try fixture.database.write {
                try $0.execute(
                    sql: """
                        INSERT INTO photo (assessment_id, item_id, stage, content, mime, width, height, byte_size,
                            sha256, taken_by, created_at) SELECT assessment_id, 'A01', 'finding', content, mime, width,
                            height, byte_size, sha256, taken_by, created_at FROM photo WHERE id = ?
                        """, arguments: [before.id])
            }
        }
        #expect(raw?.code == .immutable)
        let after = try add(fixture, .hazard(hazard.id!), stage: .rectification, TestImages.png(width: 6, height: 6))
        let recheck = try add(fixture, .hazard(hazard.id!), stage: .recheck, TestImages.png(width: 7, height: 7))
        #expect(!after.duplicate && !recheck.duplicate)
        #expect(
            try fixture.database.photos(hazardID: hazard.id!).map(\.id) == [
                before.id, after.photo.id, recheck.photo.id,
            ])
    }
}
