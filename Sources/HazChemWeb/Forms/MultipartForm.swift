import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578, RFC 2046 §5.1): text fields and uploaded files.
///
/// The body is split at its delimiters (`CRLF--boundary`), each part's headers are read up to the blank line and
/// its content kept byte for byte. Only `Content-Disposition: form-data; name=…; filename=…` (with RFC 5987
/// `filename*=UTF-8''…`) and `Content-Type` are looked at. A preamble before the first delimiter and an epilogue
/// after the closing one are ignored, as the RFC says.
package struct MultipartForm: Sendable, Equatable {
    /// One part of the body.
    package struct Part: Sendable, Equatable {
        /// The form field's name.
        package var name: String
        /// The file name the browser sent (path removed); nil for a plain field.
        package var fileName: String?
        /// The part's `Content-Type`, if given.
        package var contentType: String?
        /// The part's content, unchanged.
        package var body: [UInt8]

        /// Creates a part.
        package init(name: String, fileName: String? = nil, contentType: String? = nil, body: [UInt8]) {
            self.name = name
            self.fileName = fileName
            self.contentType = contentType
            self.body = body
        }

        /// Whether the part is a file (it has a `filename`, possibly empty when no file was chosen).
        package var isFile: Bool { fileName != nil }
    }

    /// A body that is not well-formed multipart, with a Chinese reason.
    package struct Malformed: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong.
        package var reason: String
        package var description: String { reason }
    }

    /// The most parts a body may have.
    static let maxParts = 64
    /// The most bytes of headers a part may have.
    static let maxHeaderBytes = 8 * 1024

    /// The parts in body order.
    package private(set) var parts: [Part]

    /// Parses `body` delimited by `boundary` (the content type's `boundary` parameter).
    package init(body: [UInt8], boundary: String) throws(Malformed) {
        let dash = Array("--\(boundary)".utf8)
        let delimiter = Array("\r\n--\(boundary)".utf8)
        // The first delimiter may start the body or follow a preamble.
        var position: Int
        if body.starts(with: dash) {
            position = dash.count
        } else if let found = Self.find(delimiter, in: body, from: 0) {
            position = found + delimiter.count
        } else {
            throw Malformed(reason: "找不到分隔符（boundary）")
        }
        var parts: [Part] = []
        while true {
            if Self.matches([0x2D, 0x2D], in: body, at: position) { break }  // "--": the closing delimiter
            // Transport padding (spaces and tabs) may follow a delimiter before its CRLF.
            while position < body.count, body[position] == 0x20 || body[position] == 0x09 { position += 1 }
            guard Self.matches([0x0D, 0x0A], in: body, at: position) else {
                throw Malformed(reason: "分隔符后缺少换行（CRLF）")
            }
            position += 2
            let headerEnd: Int
            let contentStart: Int
            if Self.matches([0x0D, 0x0A], in: body, at: position) {
                headerEnd = position
                contentStart = position + 2
            } else if let end = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: position) {
                headerEnd = end
                contentStart = end + 4
            } else {
                throw Malformed(reason: "第\(parts.count + 1)部分的头部没有结束（缺少空行）")
            }
            guard headerEnd - position <= Self.maxHeaderBytes else {
                throw Malformed(reason: "第\(parts.count + 1)部分的头部过长")
            }
            guard let contentEnd = Self.find(delimiter, in: body, from: contentStart) else {
                throw Malformed(reason: "内容不完整：缺少结束分隔符")
            }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            parts.append(
                try Self.part(headers: headers, body: Array(body[contentStart..<contentEnd]), index: parts.count))
            guard parts.count <= Self.maxParts else { throw Malformed(reason: "表单部分过多（超过\(Self.maxParts)个）") }
            position = contentEnd + delimiter.count
        }
        self.parts = parts
    }

    /// The text fields (parts without a file name), as a form.
    package var fields: FormData {
        var form = FormData()
        for part in parts where !part.isFile {
            form.append(part.name, String(decoding: part.body, as: UTF8.self))
        }
        return form
    }

    /// The file parts.
    package var files: [Part] { parts.filter(\.isFile) }

    /// The `boundary` parameter of a `multipart/form-data` content type; nil for another type or a missing or
    /// invalid boundary (RFC 2046: 1 to 70 characters).
    package static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let type = pieces.first, type.lowercased() == "multipart/form-data" else { return nil }
        let parameters = Self.parameters(pieces.dropFirst().joined(separator: ";"))
        guard let boundary = parameters["boundary"], (1...70).contains(boundary.utf8.count),
            !boundary.hasSuffix(" "), !boundary.contains(where: { $0 == "\r" || $0 == "\n" })
        else { return nil }
        return boundary
    }

    /// The file name of a `Content-Disposition` value: `filename*` (RFC 5987, UTF-8) before `filename`, with any
    /// directory part removed (old browsers send the whole path); nil when there is none.
    package static func fileName(contentDisposition value: String) -> String? {
        let parameters = Self.parameters(
            value.split(separator: ";", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
        var name: String?
        if let extended = parameters["filename*"], let decoded = Self.decodeExtended(extended) {
            name = decoded
        } else {
            name = parameters["filename"]
        }
        guard let name else { return nil }
        return name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    }

    // MARK: - Parsing

    private static func part(headers text: String, body: [UInt8], index: Int) throws(Malformed) -> Part {
        var disposition: String?
        var contentType: String?
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else {
                throw Malformed(reason: "第\(index + 1)部分的头部“\(line.prefix(40))”无法识别")
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch name {
            case "content-disposition": disposition = value
            case "content-type": contentType = value
            default: break
            }
        }
        guard let disposition,
            disposition.split(separator: ";", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces).lowercased()
                == "form-data"
        else { throw Malformed(reason: "第\(index + 1)部分缺少 Content-Disposition: form-data") }
        let parameters = Self.parameters(
            disposition.split(separator: ";", maxSplits: 1).dropFirst().first.map(String.init) ?? "")
        guard let name = parameters["name"] else { throw Malformed(reason: "第\(index + 1)部分没有字段名（name）") }
        return Part(
            name: name, fileName: Self.fileName(contentDisposition: disposition), contentType: contentType, body: body)
    }

    /// `key=value` parameters separated by `;`, values plain tokens or quoted strings (`\"` and `\\` are
    /// escapes; other backslashes are kept, as browsers send Windows paths unescaped); keys lower-cased. The first occurrence of a key wins.
    static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var characters = text[...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == ";" || $0 == " " || $0 == "\t" }
            let key = characters.prefix { $0 != "=" && $0 != ";" }
            characters = characters.dropFirst(key.count)
            guard characters.first == "=" else { continue }
            characters = characters.dropFirst()
            var value = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped {
                        // Browsers send Windows paths unescaped: only `\"` and `\\` are escapes.
                        if character != "\"" && character != "\\" { value.append("\\") }
                        value.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        value.append(character)
                    }
                }
                characters = characters.drop { $0 != ";" }
            } else {
                let token = characters.prefix { $0 != ";" }
                value = token.trimmingCharacters(in: .whitespaces)
                characters = characters.dropFirst(token.count)
            }
            let name = key.trimmingCharacters(in: .whitespaces).lowercased()
            if !name.isEmpty, result[name] == nil { result[name] = value }
        }
        return result
    }

    /// An RFC 5987 value `UTF-8'language'percent-encoded`; nil for another charset or bad encoding.
    private static func decodeExtended(_ value: String) -> String? {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].lowercased() == "utf-8" else { return nil }
        return pieces[2].removingPercentEncoding
    }

    /// Whether `pattern` occurs in `bytes` at `index`.
    private static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    /// The first index at or after `start` where `pattern` occurs in `bytes`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, start >= 0, bytes.count - start >= pattern.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            pattern.withUnsafeBufferPointer { needle -> Int? in
                let last = buffer.count - needle.count
                var index = start
                while index <= last {
                    // memchr finds candidates for the first byte quickly; then the rest is compared.
                    guard
                        let hit = memchr(buffer.baseAddress! + index, Int32(first), last - index + 1)
                    else { return nil }
                    index = buffer.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(buffer.baseAddress! + index, needle.baseAddress!, needle.count) == 0 { return index }
                    index += 1
                }
                return nil
            }
        }
    }
}
