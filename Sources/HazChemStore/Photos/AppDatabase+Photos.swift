import Foundation
import GRDB
import HazChemCore

extension AppDatabase {
    /// Stores a photo as `actor` without a user's scope (the command line, which trusts its operator).
    package func addPhoto(
        assessmentID: Int64, _ target: PhotoTarget, stage: PhotoStage, _ upload: PhotoUpload, actor: String
    ) throws(StoreError) -> (photo: Photo, duplicate: Bool) {
        try addPhotos(assessmentID: assessmentID, target, stage: stage, [upload], actor: actor)[0]
    }

    /// Stores several photos in one transaction: all of them or, when one is refused, none.
    package func addPhotos(
        assessmentID: Int64, _ target: PhotoTarget, stage: PhotoStage, _ uploads: [PhotoUpload], actor: String
    ) throws(StoreError) -> [(photo: Photo, duplicate: Bool)] {
        try session(actor: actor) { session in
            let assessment = try session.assessment(assessmentID)
            return try uploads.map { try session.addPhoto(assessment, target, stage: stage, $0) }
        }
    }

    /// Stores a photo for a signed-in user: finding photos by the panel's experts (an item's only by an expert of
    /// its section's specialty), rectification and re-check photos by the panel's experts or a bureau user in
    /// scope. Not visible → ``PhotoOutcome/notFound``.
    package func addPhoto(
        assessmentID: Int64, _ target: PhotoTarget, stage: PhotoStage, _ upload: PhotoUpload, by user: AppUser
    ) throws(StoreError) -> PhotoOutcome {
        guard let permissions = try assessmentPermissions(id: assessmentID, user: user) else { return .notFound }
        if let refusal = try Self.photoRefusal(
            permissions, target, stage,
            tables: { () throws(StoreError) in
                try read { db in
                    let session = AssessmentSession(db: db, now: now(), actor: user.username)
                    return try session.tables(of: try session.assessment(assessmentID)).checklist
                }
            })
        {
            return .refused(refusal)
        }
        do {
            let (photo, duplicate) = try addPhoto(
                assessmentID: assessmentID, target, stage: stage, upload, actor: user.username)
            return .stored(photo, duplicate: duplicate)
        } catch  where error.code == .notFound {
            return .notFound
        }
    }

    /// Why the user may not add this photo; nil when they may.
    private static func photoRefusal(
        _ permissions: AssessmentPermissions, _ target: PhotoTarget, _ stage: PhotoStage,
        tables: () throws(StoreError) -> Checklist?
    ) throws(StoreError) -> String? {
        if stage != .finding {
            return permissions.isPanelExpert || permissions.isBureau
                ? nil : "只有本评估专家组的专家或应急管理局可以上传整改和复查照片"
        }
        if case .item(let itemID) = target, let section = try tables()?.section(containing: itemID) {
            return permissions.refusalToAnswer(section)
        }
        return permissions.refusal(.edit).map { _ in "只有本评估专家组的专家可以上传检查发现的照片" }
    }

    /// The photos of an assessment (its items' and its hazards'), in upload order; not found when the assessment
    /// does not exist.
    package func photos(assessmentID: Int64) throws(StoreError) -> [Photo] {
        try read { db in
            _ = try AssessmentSession(db: db, now: now(), actor: "-").assessment(assessmentID)
            return try Photo.fetchAll(db, where: "assessment_id = ?", [assessmentID])
        }
    }

    /// The photos of a hazard: its own (rectification, re-check) and the finding photos of the checklist item it
    /// comes from (hazards are listed when the assessment is signed, so the finding is photographed on the item).
    package func photos(hazardID: Int64) throws(StoreError) -> [Photo] {
        try read { db in
            try Photo.fetchAll(
                db,
                where: """
                    hazard_id = ?1 OR (item_id IS NOT NULL AND EXISTS (SELECT 1 FROM hazard h WHERE h.id = ?1
                        AND h.item_id = photo.item_id AND h.assessment_id = photo.assessment_id))
                    """, [hazardID])
        }
    }

    /// How many photos show each hazard, by stage: the same photos as ``photos(hazardID:)`` (its own and the
    /// finding photos of its checklist item); hazards without photos are absent.
    package func hazardPhotoCounts() throws(StoreError) -> [Int64: [PhotoStage: Int]] {
        try read { db in
            var counts: [Int64: [PhotoStage: Int]] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT h.id, p.stage, count(*) AS n FROM hazard h JOIN photo p ON p.hazard_id = h.id
                        OR (p.item_id IS NOT NULL AND p.item_id = h.item_id AND p.assessment_id = h.assessment_id)
                    GROUP BY h.id, p.stage
                    """)
            for row in rows {
                guard let stage = PhotoStage(rawValue: row[1]) else { continue }
                counts[row[0], default: [:]][stage] = row[2]
            }
            return counts
        }
    }

    /// Every photo of an assessment with the bytes a document shows: the thumbnail when there is one, else the
    /// photo itself.
    package func photoImages(assessmentID: Int64) throws(StoreError) -> [(photo: Photo, image: [UInt8])] {
        let photos = try photos(assessmentID: assessmentID)
        return try read { db in
            try photos.map { photo in
                let bytes = try Data.fetchOne(
                    db, sql: "SELECT coalesce(thumbnail, content) FROM photo WHERE id = ?", arguments: [photo.id])
                return (photo, [UInt8](bytes ?? Data()))
            }
        }
    }

    /// A photo's bytes (or its thumbnail's, the photo itself when it has none) and media type, when `user` may
    /// see its assessment; nil otherwise.
    package func photoContent(id: Int64, thumbnail: Bool, visibleTo user: AppUser) throws(StoreError)
        -> (bytes: Data, mime: String, sha256: String)?
    {
        guard
            let row = try read({ db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT assessment_id, mime, sha256, \(thumbnail ? "coalesce(thumbnail, content)" : "content") AS bytes,
                            \(thumbnail ? "thumbnail IS NOT NULL" : "0") AS own_type FROM photo WHERE id = ?
                        """, arguments: [id])
            }),
            try assessmentPermissions(id: row["assessment_id"], user: user) != nil
        else { return nil }
        let bytes: Data = row["bytes"]
        let isSeparate: Bool = row["own_type"]
        let mime =
            isSeparate ? (ImageProbe([UInt8](bytes.prefix(64 << 10)))?.format.mimeType ?? "image/jpeg") : row["mime"]
        return (bytes, mime, row["sha256"])
    }
}
