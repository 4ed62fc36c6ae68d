import Foundation
import GRDB

extension Schema {
    /// The message of the trigger refusing any change to a stored photo.
    package static let photoImmutableMessage = "照片保存后不能修改，只能另行上传"

    /// Photo evidence and replayable web requests (migration `v5-photos`).
    ///
    /// A photo belongs to one assessment and shows either a checklist item's finding or one of its hazards at
    /// a stage: the finding, its rectification, or the re-check. Content and thumbnail are kept in the database
    /// (one file to back up). A photo never changes; photos of a signed assessment cannot be deleted, and no
    /// finding photo can be added to it (rectification and re-check photos are follow-up, like the hazard's
    /// status). `idempotency_key` keeps the answer to each web operation sent with an `Idempotency-Key`, so a
    /// resend from a device that lost its connection is answered without applying it twice.
    static func migratePhotos(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE photo (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    assessment_id INTEGER NOT NULL REFERENCES assessment(id),
                    item_id TEXT,
                    hazard_id INTEGER REFERENCES hazard(id),
                    stage TEXT NOT NULL CHECK (stage IN ('finding', 'rectification', 'recheck')),
                    content BLOB NOT NULL,
                    thumbnail BLOB,
                    mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png')),
                    width INTEGER NOT NULL CHECK (width > 0),
                    height INTEGER NOT NULL CHECK (height > 0),
                    byte_size INTEGER NOT NULL CHECK (byte_size = length(content)),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    taken_by TEXT NOT NULL CHECK (trim(taken_by) <> ''),
                    created_at TEXT NOT NULL,
                    CHECK ((item_id IS NULL) <> (hazard_id IS NULL)),
                    CHECK (item_id IS NULL OR stage = 'finding')
                );
                CREATE INDEX photo_assessment ON photo(assessment_id);
                CREATE INDEX photo_hazard ON photo(hazard_id) WHERE hazard_id IS NOT NULL;
                CREATE UNIQUE INDEX photo_unique_content
                    ON photo(assessment_id, coalesce(item_id, ''), coalesce(hazard_id, 0), stage, sha256);
                CREATE TRIGGER photo_no_update BEFORE UPDATE ON photo
                BEGIN SELECT RAISE(ABORT, '\(photoImmutableMessage)'); END;
                CREATE TRIGGER photo_signed_no_insert BEFORE INSERT ON photo
                WHEN NEW.stage = 'finding' AND \(status(of: "NEW.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能新增检查发现的照片'); END;
                CREATE TRIGGER photo_signed_no_delete BEFORE DELETE ON photo
                WHEN \(status(of: "OLD.assessment_id")) IN \(frozen)
                BEGIN SELECT RAISE(ABORT, '\(immutableMessagePrefix)：不能删除照片'); END;
                CREATE TABLE idempotency_key (
                    key TEXT NOT NULL CHECK (length(key) BETWEEN 8 AND 128),
                    user TEXT NOT NULL,
                    request TEXT NOT NULL,
                    status INTEGER NOT NULL,
                    content_type TEXT NOT NULL,
                    body BLOB NOT NULL,
                    created_at TEXT NOT NULL,
                    PRIMARY KEY (user, key)
                ) WITHOUT ROWID;
                """)
    }
}
