import Foundation
import HazChemCore

extension AssessmentReportPrint {
    /// A stored photo as the print view shows it: the picture inline as a `data:` address (the PDF is printed
    /// from a file, so nothing is fetched), captioned with what it shows, its stage and who took it when.
    static func photo(_ photo: AssessmentReportPhoto) -> Photo {
        let isPNG = photo.image.starts(with: [0x89, 0x50, 0x4E, 0x47])
        let address = "data:image/\(isPNG ? "png" : "jpeg");base64,\(Data(photo.image).base64EncodedString())"
        let day = LocalDate(photo.takenAt, timeZone: TimeZone(identifier: "Asia/Shanghai")!)?.description ?? ""
        return Photo(caption: "\(photo.target) · \(photo.stage) · \(photo.takenBy) \(day)", address: address)
    }
}
