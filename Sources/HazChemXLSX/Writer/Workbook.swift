import CXlsxWriter
import Foundation

/// An xlsx workbook being written through libxlsxwriter.
///
/// Create it with a path, add worksheets, formats and charts, write cells, then `close()`, which
/// writes the file. A workbook that is never closed writes nothing and frees its memory.
///
/// In constant-memory mode (`Options.constantMemory`) each worksheet keeps only the current row in
/// memory, so rows must be written in increasing order: going back to an earlier row throws
/// `XLSXError.Code.rowOutOfOrder` (the library itself would silently drop the cell). Strings are then
/// stored inline in each cell rather than in a shared-string table.
///
/// Not thread-safe: use one workbook from one thread.
package final class Workbook {
    /// How the workbook is written.
    package struct Options: Sendable {
        /// Keep only the current row of each worksheet in memory; rows must be written in order.
        package var constantMemory: Bool
        /// Where the library puts its temporary files; nil uses the system default.
        package var temporaryDirectory: URL?
        /// Allow zip64 extensions for very large files (over 4 GB uncompressed).
        package var useZip64: Bool
        /// The font of every registered format that names none (a CJK font such as `宋体` for Chinese
        /// documents); nil keeps Calibri.
        package var fontName: String?
        /// The font size of every registered format that gives none; nil keeps 11 points.
        package var fontSize: Double?

        /// Creates options; the defaults keep the whole workbook in memory.
        package init(
            constantMemory: Bool = false, temporaryDirectory: URL? = nil, useZip64: Bool = false,
            fontName: String? = nil, fontSize: Double? = nil
        ) {
            self.constantMemory = constantMemory
            self.temporaryDirectory = temporaryDirectory
            self.useZip64 = useZip64
            self.fontName = fontName
            self.fontSize = fontSize
        }
    }

    /// The file the workbook is written to on `close()`.
    package let path: String
    /// The options it was created with.
    package let options: Options
    /// The library workbook; nil once closed.
    var handle: UnsafeMutablePointer<lxw_workbook>?
    /// One library format per distinct `Format`.
    private var formats: [Format: CellFormat] = [:]
    /// The names of the worksheets added so far, in order.
    package private(set) var sheetNames: [String] = []

    /// Creates an empty workbook that will be written to `url` on `close()`.
    package init(url: URL, options: Options = Options()) throws {
        self.path = url.path
        self.options = options
        var raw = lxw_workbook_options()
        raw.constant_memory = options.constantMemory ? 1 : 0
        raw.use_zip64 = options.useZip64 ? 1 : 0
        let tmpdir = options.temporaryDirectory.map { strdup($0.path) } ?? nil
        defer { free(tmpdir) }
        raw.tmpdir = tmpdir
        handle = workbook_new_opt(path, &raw)
        guard handle != nil else {
            throw XLSXError(
                .library(code: Int32(LXW_ERROR_MEMORY_MALLOC_FAILED.rawValue), message: "workbook_new_opt"),
                file: path)
        }
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
    }

    /// The open library workbook, or `workbookClosed`.
    func openHandle() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError(.workbookClosed, file: path) }
        return handle
    }

    /// Adds a worksheet; the name must be unique, at most 31 characters, without `[ ] : * ? / \`.
    package func addWorksheet(named name: String) throws -> Worksheet {
        let workbook = try openHandle()
        let problem = workbook_validate_sheet_name(workbook, name)
        guard problem == LXW_NO_ERROR else {
            throw XLSXError.library(problem, sheet: name, cell: nil).in(file: path)
        }
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            let code = options.constantMemory ? LXW_ERROR_CREATING_TMPFILE : LXW_ERROR_MEMORY_MALLOC_FAILED
            throw XLSXError.library(code, sheet: name, cell: nil).in(file: path)
        }
        sheetNames.append(name)
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    /// The registered library format for a look, created on first use and cached afterwards; the workbook's
    /// font (`Options.fontName`, `Options.fontSize`) fills in what the look leaves unset.
    package func format(_ format: Format) throws -> CellFormat {
        if let cached = formats[format] { return cached }
        let workbook = try openHandle()
        guard let raw = workbook_add_format(workbook) else {
            throw XLSXError.library(LXW_ERROR_MEMORY_MALLOC_FAILED, sheet: nil, cell: nil).in(file: path)
        }
        format.with {
            $0.fontName = $0.fontName ?? options.fontName
            $0.fontSize = $0.fontSize ?? options.fontSize
        }.apply(to: raw)
        let cell = CellFormat(handle: raw)
        formats[format] = cell
        return cell
    }

    /// How many distinct formats have been registered (for tests: equal looks share one format).
    package var formatCount: Int { formats.count }

    /// Sets the document properties shown in Excel's file information.
    package func setProperties(title: String? = nil, author: String? = nil, company: String? = nil) throws {
        let workbook = try openHandle()
        let owned = [title, author, company].map { $0.map { strdup($0) } ?? nil }
        defer { owned.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = owned[0]
        properties.author = owned[1]
        properties.company = owned[2]
        let result = workbook_set_properties(workbook, &properties)
        guard result == LXW_NO_ERROR else { throw XLSXError.library(result, sheet: nil, cell: nil).in(file: path) }
    }

    /// Writes the xlsx file and frees the workbook; nothing can be written afterwards.
    package func close() throws {
        let workbook = try openHandle()
        handle = nil
        formats.removeAll()
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else { throw XLSXError.library(result, sheet: nil, cell: nil).in(file: path) }
    }

    /// Whether `close()` has run.
    package var isClosed: Bool { handle == nil }
}

extension XLSXError {
    /// The same error with the file named.
    func `in`(file: String) -> XLSXError {
        var copy = self
        copy.file = file
        return copy
    }
}
