import Foundation
import HazChemCore
import HazChemStore
import HazChemXLSX

/// One photo in the assessment report: what it shows and the picture (its thumbnail, about 320 px; the full
/// photo stays in the database and on the web page `/photos/{id}`).
package struct AssessmentReportPhoto: Sendable, Equatable {
    /// The photo's number (as on the web).
    package var id: Int64
    /// `检查项 A01` or `隐患 #12`.
    package var target: String
    /// The checklist item, for an item's photo.
    package var itemId: String?
    /// 检查发现, 整改后, 复查.
    package var stage: String
    /// Who uploaded it.
    package var takenBy: String
    /// When it was uploaded.
    package var takenAt: Date
    /// The original photo's size in pixels.
    package var width: Int
    package var height: Int
    /// The picture shown (JPEG or PNG bytes).
    package var image: [UInt8]

    /// Creates a report photo.
    package init(
        id: Int64, target: String, itemId: String? = nil, stage: String, takenBy: String, takenAt: Date, width: Int,
        height: Int, image: [UInt8]
    ) {
        self.id = id
        self.target = target
        self.itemId = itemId
        self.stage = stage
        self.takenBy = takenBy
        self.takenAt = takenAt
        self.width = width
        self.height = height
        self.image = image
    }
}

extension AppDatabase {
    /// The report photos of an assessment, in upload order, each credited to its uploader's display name (the
    /// account name when no web user has it, as for a CLI upload).
    package func reportPhotos(assessmentID: Int64) throws -> [AssessmentReportPhoto] {
        let images = try photoImages(assessmentID: assessmentID)
        var names: [String: String] = [:]
        for account in Set(images.map(\.photo.takenBy)) {
            names[account] = try user(username: account)?.displayName
        }
        return images.map { photo, image in
            AssessmentReportPhoto(
                id: photo.id, target: photo.target.label, itemId: photo.itemID, stage: photo.stage.label,
                takenBy: names[photo.takenBy] ?? photo.takenBy, takenAt: photo.createdAt, width: photo.width,
                height: photo.height,
                image: image)
        }
    }
}

extension AssessmentReportWriter {
    /// The photos sheet's name.
    package static let photoSheetName = "照片"
    /// The longest side of a picture on the sheet, in pixels.
    static let photoSide = 240.0

    /// Writes the 照片 sheet (one row per photo: number, what it shows, stage, who, when, size, the picture) when
    /// the assessment has photos; returns its name, nil when there are none.
    func writePhotos(_ data: AssessmentReportData, to workbook: Workbook) throws -> String? {
        guard !data.photos.isEmpty else { return nil }
        let sheet = try workbook.addWorksheet(named: Self.photoSheetName)
        let title = try workbook.format(Format(bold: true, fontSize: 14, vertical: .center))
        let header = try workbook.format(
            Format(bold: true, fill: LedgerFormats.headerFill, border: .thin, horizontal: .center, vertical: .center))
        let cell = try workbook.format(Format(border: .thin, vertical: .top, wraps: true))
        try sheet.write("\(data.enterprise.name) 现场照片（共 \(data.photos.count) 张）", row: 0, column: 0, format: title)
        let titles = ["编号", "所附位置", "阶段", "上传人", "上传时间", "原图尺寸", "照片"]
        for (column, text) in titles.enumerated() { try sheet.write(text, row: 1, column: column, format: header) }
        for (column, width) in [6.0, 14, 10, 12, 18, 12, 36].enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        let time = DateFormatter()
        time.locale = Locale(identifier: "zh_CN")
        time.timeZone = TimeZone(identifier: "Asia/Shanghai")
        time.dateFormat = "yyyy-MM-dd HH:mm"
        for (index, photo) in data.photos.enumerated() {
            let row = index + 2
            let values = [
                String(photo.id), photo.target, photo.stage, photo.takenBy, time.string(from: photo.takenAt),
                "\(photo.width)×\(photo.height)",
            ]
            for (column, text) in values.enumerated() { try sheet.write(text, row: row, column: column, format: cell) }
            try sheet.writeBlank(row: row, column: 6, format: cell)
            let shown = ImageProbe(photo.image)
            let side = Double(max(shown?.width ?? 1, shown?.height ?? 1))
            let scale = min(1, Self.photoSide / side)
            let height = Double(shown?.height ?? 1) * scale
            try sheet.setRowHeight(max(20, height * 0.75 + 6), row: row)
            try sheet.insertImage(
                photo.image, at: CellAddress(row: row, column: 6), scale: scale,
                description: "\(photo.target) \(photo.stage)照片 #\(photo.id)")
        }
        try sheet.setPageSetup(
            AssessmentReportSheet.pageSetup(
                enterprise: data.enterprise.name, document: "\(Self.documentName)·\(Self.photoSheetName)",
                landscape: false, repeatRows: 0...1))
        return Self.photoSheetName
    }
}
