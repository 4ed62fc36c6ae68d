import Foundation
import GRDB
import HazChemCore

/// What a photo shows evidence of.
package enum PhotoStage: String, Sendable, Equatable, Codable, CaseIterable {
    /// The finding on site (a checklist item's finding or a hazard as found).
    case finding
    /// The hazard's rectification (整改后).
    case rectification
    /// The re-check of the rectified hazard (复查).
    case recheck

    /// The Chinese label.
    package var label: String {
        switch self {
        case .finding: "检查发现"
        case .rectification: "整改后"
        case .recheck: "复查"
        }
    }

    /// The stage named by a code (`finding`, `rectification`, `recheck`) or label.
    package init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces)
        guard let stage = Self.allCases.first(where: { $0.rawValue == text || $0.label == text }) else { return nil }
        self = stage
    }
}

/// What a photo is attached to within its assessment.
package enum PhotoTarget: Sendable, Equatable, Hashable {
    /// A checklist item (its finding).
    case item(String)
    /// A hazard.
    case hazard(Int64)

    /// `检查项 2.3` or `隐患 #12`.
    package var label: String {
        switch self {
        case .item(let id): "检查项 \(id)"
        case .hazard(let id): "隐患 #\(id)"
        }
    }
}

/// A stored photo's description (its content and thumbnail are read separately).
package struct Photo: Sendable, Equatable, Codable, FetchableRecord {
    /// The row id.
    package var id: Int64
    /// The assessment it belongs to.
    package var assessmentID: Int64
    /// The checklist item, for an item's photo.
    package var itemID: String?
    /// The hazard, for a hazard's photo.
    package var hazardID: Int64?
    /// What it shows evidence of.
    package var stage: PhotoStage
    /// `image/jpeg` or `image/png`, read from the content.
    package var mime: String
    /// Width in pixels.
    package var width: Int
    /// Height in pixels.
    package var height: Int
    /// Content size in bytes.
    package var byteSize: Int
    /// SHA-256 of the content, hex.
    package var sha256: String
    /// The user who stored it.
    package var takenBy: String
    /// When it was stored.
    package var createdAt: Date
    /// Whether a separate thumbnail is stored (else the photo is its own thumbnail).
    package var hasThumbnail: Bool

    /// What it is attached to.
    package var target: PhotoTarget { hazardID.map(PhotoTarget.hazard) ?? .item(itemID ?? "") }

    package enum CodingKeys: String, CodingKey {
        case id
        case assessmentID = "assessment_id"
        case itemID = "item_id"
        case hazardID = "hazard_id"
        case stage, mime, width, height
        case byteSize = "byte_size"
        case sha256
        case takenBy = "taken_by"
        case createdAt = "created_at"
        case hasThumbnail = "has_thumbnail"
    }

    /// The columns of a description, without the content.
    static let columns = """
        id, assessment_id, item_id, hazard_id, stage, mime, width, height, byte_size, sha256, taken_by, created_at,
        thumbnail IS NOT NULL AS has_thumbnail
        """

    /// The descriptions matching an SQL condition, in upload order.
    static func fetchAll(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Photo] {
        try Photo.fetchAll(
            db, sql: "SELECT \(columns) FROM photo WHERE \(condition) ORDER BY id", arguments: arguments)
    }
}

/// A photo's bytes as uploaded: the (browser-downscaled) photo and, optionally, its thumbnail.
package struct PhotoUpload: Sendable, Equatable {
    /// The largest photo stored, in bytes (the web page downscales to 2048 px JPEG first).
    package static let maxBytes = 5 << 20
    /// The largest thumbnail stored, in bytes.
    package static let maxThumbnailBytes = 512 << 10
    /// The most photos per item or hazard and stage.
    package static let maxPerTarget = 12

    /// The photo.
    package var content: [UInt8]
    /// The thumbnail (about 320 px), if the sender made one.
    package var thumbnail: [UInt8]?
    /// The file name, for messages only.
    package var fileName: String

    /// Creates an upload.
    package init(content: [UInt8], thumbnail: [UInt8]? = nil, fileName: String = "照片") {
        self.content = content
        self.thumbnail = thumbnail
        self.fileName = fileName
    }
}

/// What became of a photo upload.
package enum PhotoOutcome: Sendable, Equatable {
    /// The assessment, item or hazard does not exist, or the user may not see it.
    case notFound
    /// The user may see it but not add this photo; the reason in Chinese.
    case refused(String)
    /// Stored; `duplicate` when the same content was already attached there (nothing new written).
    case stored(Photo, duplicate: Bool)
}
