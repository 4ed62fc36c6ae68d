/// What a photo's bytes are, read from the content itself (never from a file name or a browser's claim).
///
/// Only JPEG (`FF D8 FF`, dimensions from the first start-of-frame marker) and PNG (the 8-byte signature and the
/// `IHDR` chunk) are recognised; anything else is not a photo.
package struct ImageProbe: Sendable, Equatable {
    /// The recognised formats.
    package enum Format: String, Sendable, Equatable, CaseIterable {
        case jpeg
        case png

        /// The media type served with it.
        package var mimeType: String { self == .jpeg ? "image/jpeg" : "image/png" }

        /// The format of a stored media type.
        package init?(mimeType: String) {
            guard let format = Self.allCases.first(where: { $0.mimeType == mimeType }) else { return nil }
            self = format
        }
    }

    /// The format.
    package var format: Format
    /// The width in pixels.
    package var width: Int
    /// The height in pixels.
    package var height: Int

    /// Creates a probe result.
    package init(format: Format, width: Int, height: Int) {
        self.format = format
        self.width = width
        self.height = height
    }

    /// Reads the format and size of `bytes`; nil when they are not a well-formed JPEG or PNG header.
    package init?(_ bytes: [UInt8]) {
        if let png = Self.png(bytes) {
            self = png
        } else if let jpeg = Self.jpeg(bytes) {
            self = jpeg
        } else {
            return nil
        }
    }

    private static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    private static func png(_ bytes: [UInt8]) -> ImageProbe? {
        guard bytes.count >= 24, Array(bytes[0..<8]) == pngSignature, Array(bytes[12..<16]) == Array("IHDR".utf8)
        else { return nil }
        let width = bigEndian(bytes, 16, 4)
        let height = bigEndian(bytes, 20, 4)
        guard width > 0, height > 0 else { return nil }
        return ImageProbe(format: .png, width: width, height: height)
    }

    private static func jpeg(_ bytes: [UInt8]) -> ImageProbe? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[2] == 0xFF else { return nil }
        var position = 2
        while position + 4 <= bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            var marker = bytes[position + 1]
            // Fill bytes (FF FF …) may precede a marker.
            while marker == 0xFF, position + 2 < bytes.count {
                position += 1
                marker = bytes[position + 1]
            }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {
                position += 2
                continue
            }
            if marker == 0xD9 || marker == 0xDA { return nil }  // end of image or scan data before any frame
            guard position + 4 <= bytes.count else { return nil }
            let length = bigEndian(bytes, position + 2, 2)
            guard length >= 2 else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                guard position + 9 <= bytes.count else { return nil }
                let height = bigEndian(bytes, position + 5, 2)
                let width = bigEndian(bytes, position + 7, 2)
                guard width > 0, height > 0 else { return nil }
                return ImageProbe(format: .jpeg, width: width, height: height)
            }
            position += 2 + length
        }
        return nil
    }

    private static func bigEndian(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        bytes[start..<(start + count)].reduce(0) { $0 << 8 | Int($1) }
    }
}
