import Foundation
import GRDB
import HazChemCore

extension AssessmentSession {
    /// Stores a photo of `target` at `stage` on `assessment`, after checking the target exists, the content is a
    /// JPEG or PNG within the limits, and the target has room; the same content at the same place is not stored
    /// twice (the stored photo is returned as a duplicate). Finding photos need an editable assessment.
    func addPhoto(_ assessment: Assessment, _ target: PhotoTarget, stage: PhotoStage, _ upload: PhotoUpload)
        throws -> (photo: Photo, duplicate: Bool)
    {
        let id = assessment.id!
        let place = "\(assessment.entityLabel) \(target.label)"
        switch target {
        case .item(let itemID):
            guard stage == .finding else {
                throw StoreError(.invalidInput, entity: place, message: "检查项只能附检查发现的照片；整改和复查照片请附在隐患上")
            }
            guard try tables(of: assessment).checklist.section(containing: itemID) != nil else {
                throw StoreError(.notFound, entity: place, message: "检查表中没有这一项")
            }
        case .hazard(let hazardID):
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM hazard WHERE id = ? AND assessment_id = ?)",
                    arguments: [hazardID, id]) == true
            else { throw StoreError(.notFound, entity: place, message: "该评估没有这一隐患") }
        }
        if stage == .finding { try requireEditable(assessment) }
        let content = try Self.probe(upload.content, name: upload.fileName, limit: PhotoUpload.maxBytes, place)
        if let thumbnail = upload.thumbnail {
            _ = try Self.probe(
                thumbnail, name: "\(upload.fileName) 的缩略图", limit: PhotoUpload.maxThumbnailBytes, place)
        }
        var digest = SHA256()
        digest.update(upload.content)
        let hash = digest.finalize().map { String(format: "%02x", $0) }.joined()
        let (itemID, hazardID): (String?, Int64?) =
            switch target {
            case .item(let item): (item, nil)
            case .hazard(let hazard): (nil, hazard)
            }
        let same = "assessment_id = ? AND item_id IS ? AND hazard_id IS ? AND stage = ?"
        let here: StatementArguments = [id, itemID, hazardID, stage.rawValue]
        let existing = try Photo.fetchAll(db, where: same, here)
        if let duplicate = existing.first(where: { $0.sha256 == hash }) { return (duplicate, true) }
        guard existing.count < PhotoUpload.maxPerTarget else {
            throw StoreError(
                .invalidInput, entity: place,
                message: "\(stage.label)照片已有 \(existing.count) 张，每项最多 \(PhotoUpload.maxPerTarget) 张：请删去不必要的照片后再上传")
        }
        let thumbnail = upload.thumbnail
        try db.execute(
            sql: """
                INSERT INTO photo (assessment_id, item_id, hazard_id, stage, content, thumbnail, mime, width, height,
                    byte_size, sha256, taken_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id, itemID, hazardID, stage.rawValue, Data(upload.content), thumbnail.map { Data($0) },
                content.format.mimeType, content.width, content.height, upload.content.count, hash, actor, now,
            ])
        let photo = try Photo.fetchAll(db, where: "id = ?", [db.lastInsertedRowID])[0]
        try auditRecords("create", "photo", String(photo.id), before: Photo?.none, after: photo)
        return (photo, false)
    }

    /// The format and size of a photo's bytes, or the refusal naming the file and what is expected.
    static func probe(_ bytes: [UInt8], name: String, limit: Int, _ place: String) throws -> ImageProbe {
        guard !bytes.isEmpty else {
            throw StoreError(.invalidInput, file: name, entity: place, message: "文件是空的，请选择一张照片（JPEG 或 PNG）")
        }
        guard bytes.count <= limit else {
            let size = String(format: "%.1f", Double(bytes.count) / Double(1 << 20))
            throw StoreError(
                .invalidInput, file: name, entity: place,
                message: "文件大小 \(size) MB，超过上限 \(Self.sizeText(limit))：请先缩小照片（网页上传时会自动缩小到 2048 像素）")
        }
        guard let probe = ImageProbe(bytes) else {
            throw StoreError(
                .invalidInput, file: name, entity: place,
                message: "不是 JPEG 或 PNG 图片（按文件内容判断，与扩展名无关）：请上传相机拍摄的 JPEG 或 PNG 照片")
        }
        return probe
    }

    private static func sizeText(_ limit: Int) -> String {
        limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit >> 10) KB"
    }
}
