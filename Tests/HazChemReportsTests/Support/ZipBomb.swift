import Foundation
import ZIPFoundation

/// A workbook-shaped zip whose one sheet part inflates to `sheetBytes` of repeated bytes: a zip bomb built at
/// run time (a few hundred MB compress to well under 1 MB), optionally lying about the sheet's size.
enum ZipBomb {
    /// Writes the bomb to `url`; with `declaredSheetBytes` the local and central headers state that size.
    static func write(to url: URL, sheetBytes: Int64, declaredSheetBytes: UInt32? = nil) throws {
        let archive = try Archive(url: url, accessMode: .create)
        let small: [(String, String)] = [
            (
                "_rels/.rels",
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
            (
                "xl/workbook.xml",
                #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="分级答案" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
            (
                "xl/_rels/workbook.xml.rels",
                #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
        ]
        for (path, text) in small {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: sheetBytes, compressionMethod: .deflate,
            bufferSize: 1 << 20
        ) { _, size in size == chunk.count ? chunk : chunk.prefix(size) }
        guard let declared = declaredSheetBytes else { return }
        try lie(about: "xl/worksheets/sheet1.xml", size: declared, in: url)
    }

    /// Rewrites the uncompressed size of `path` in its local header (offset 22) and central directory record
    /// (offset 24).
    private static func lie(about path: String, size: UInt32, in url: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: url))
        let name = [UInt8](path.utf8)
        let value = withUnsafeBytes(of: size.littleEndian, Array.init)
        for (signature, nameOffset, sizeOffset) in [
            ([0x50, 0x4B, 0x03, 0x04] as [UInt8], 30, 22), ([0x50, 0x4B, 0x01, 0x02], 46, 24),
        ] {
            var start = 0
            while start + nameOffset + name.count <= bytes.count {
                if Array(bytes[start..<start + 4]) == signature,
                    Array(bytes[start + nameOffset..<start + nameOffset + name.count]) == name
                {
                    bytes.replaceSubrange(start + sizeOffset..<start + sizeOffset + 4, with: value)
                    break
                }
                start += 1
            }
        }
        try Data(bytes).write(to: url)
    }
}
