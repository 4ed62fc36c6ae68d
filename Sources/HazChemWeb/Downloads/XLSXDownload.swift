import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// A workbook sent as a download: written into a fresh temporary folder, read back, the folder removed (also when
/// writing fails), and answered as an attachment with its Chinese name and an ASCII name for older clients.
enum XLSXDownload {
    /// The xlsx media type.
    static let contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The characters RFC 5987 lets through unencoded in `filename*` (attr-char).
    private static let attributeCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~")

    /// Runs `write` on a file in a new temporary folder and answers the workbook it wrote as `fileName`
    /// (`fallback` is the plain ASCII name). The folder is removed before returning, whatever happens.
    static func response(fileName: String, fallback: String, write: (URL) throws -> Void) throws -> Response {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("hazchem-download-\(SessionToken.random())")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workbook.xlsx")
        do {
            try write(file)
        } catch let error as WebError {
            throw error
        } catch {
            throw WebError(.internalError, "生成工作簿失败：\(error)")
        }
        let bytes = try Data(contentsOf: file)
        return Response(
            status: .ok,
            headers: [
                .contentType: contentType,
                .contentDisposition: contentDisposition(fileName: fileName, fallback: fallback),
                .cacheControl: "no-store",
                .xContentTypeOptions: "nosniff",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `attachment; filename="fallback"; filename*=UTF-8''…` (RFC 6266): browsers that read `filename*` use the
    /// Chinese name, others the ASCII one. Characters outside `[A-Za-z0-9._-]` in `fallback` become `_`.
    static func contentDisposition(fileName: String, fallback: String) -> String {
        let ascii = String(
            fallback.unicodeScalars.map { scalar -> Character in
                scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
                    ? Character(scalar) : "_"
            })
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: attributeCharacters) ?? ascii
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }

    /// A name made safe for a file name: path separators, control characters and quotes replaced.
    static func safeName(_ text: String) -> String {
        String(
            text.map { character -> Character in
                "/\\:*?\"<>|".contains(character) || character.unicodeScalars.contains { $0.value < 0x20 }
                    ? "_" : character
            })
    }
}
