import CXlsxWriter
import Foundation

/// The one error type of HazChemXLSX, also thrown by the documents of HazChemReports (every one of them is a
/// workbook): what went wrong while writing or reading a workbook, and where.
///
/// It names the file, the sheet and the cell (A1 notation) when they are known, and for libxlsxwriter
/// failures the library's own message (`lxw_strerror`). Cell contents are never included.
package struct XLSXError: Error, Equatable, Sendable {
    /// What went wrong.
    package enum Code: Equatable, Sendable {
        /// A libxlsxwriter call failed: its `lxw_error` number and `lxw_strerror` text.
        case library(code: Int32, message: String)
        /// A row or column outside Excel's limits (1,048,576 rows × 16,384 columns) or negative.
        case cellOutOfRange
        /// Constant-memory mode: a row was written after a later row had already been written.
        case rowOutOfOrder(lastWrittenRow: Int)
        /// A value the library refuses or that makes no sense (with a Chinese explanation).
        case invalidArgument(String)
        /// The workbook was already closed.
        case workbookClosed
        /// The xlsx file cannot be opened as a zip archive.
        case unreadableArchive
        /// A part the xlsx package needs is missing (its path inside the zip).
        case missingPart(String)
        /// A part is not well-formed XML (the parser's message).
        case malformedXML(part: String, message: String)
        /// No sheet of that name in the workbook.
        case unknownSheet
        /// A cell reference or value in the file cannot be understood.
        case invalidContent(String)
        /// Several problems found in one workbook (a filled-in form), each naming its own sheet and cell.
        case problems([XLSXError])
    }

    /// What went wrong.
    package var code: Code
    /// The workbook file, when known.
    package var file: String?
    /// The worksheet name, when known.
    package var sheet: String?
    /// The cell in A1 notation (or a range such as `A1:T1`), when known.
    package var cell: String?

    /// Creates an error with its context.
    package init(_ code: Code, file: String? = nil, sheet: String? = nil, cell: String? = nil) {
        self.code = code
        self.file = file
        self.sheet = sheet
        self.cell = cell
    }
}

extension XLSXError: CustomStringConvertible {
    /// `文件 x.xlsx 工作表「企业台账」单元格 B3：…` — the context that is known, then the problem.
    package var description: String {
        var place: [String] = []
        if let file { place.append("文件 \(file)") }
        if let sheet { place.append("工作表「\(sheet)」") }
        if let cell { place.append("单元格 \(cell)") }
        let prefix = place.isEmpty ? "" : place.joined(separator: " ") + "："
        return prefix + problem
    }

    /// The problem alone, in Chinese.
    package var problem: String {
        switch code {
        case .library(let number, let message):
            return "\(XLSXError.chineseMessage(forLibraryCode: number))（libxlsxwriter：\(message)）"
        case .cellOutOfRange:
            return "单元格超出 Excel 范围（最多 1048576 行、16384 列）"
        case .rowOutOfOrder(let last):
            return "常量内存模式下必须按行顺序写入，第 \(last + 1) 行已写出，不能再回到前面的行"
        case .invalidArgument(let text):
            return text
        case .workbookClosed:
            return "工作簿已关闭，不能再写入"
        case .unreadableArchive:
            return "无法打开：不是有效的 xlsx（zip）文件"
        case .missingPart(let part):
            return "xlsx 文件缺少部件 \(part)"
        case .malformedXML(let part, let message):
            return "部件 \(part) 不是有效的 XML：\(message)"
        case .unknownSheet:
            return "工作簿中没有这个工作表"
        case .invalidContent(let text):
            return text
        case .problems(let list):
            return "发现 \(list.count) 个问题：\n" + list.map(\.description).joined(separator: "\n")
        }
    }

    /// The problems listed by a `problems` error, or this error alone.
    package var allProblems: [XLSXError] {
        if case .problems(let list) = code { return list }
        return [self]
    }

    /// A Chinese explanation of a libxlsxwriter `lxw_error` number (see `common.h`).
    static func chineseMessage(forLibraryCode code: Int32) -> String {
        switch lxw_error(rawValue: UInt32(bitPattern: code)) {
        case LXW_ERROR_MEMORY_MALLOC_FAILED: "内存分配失败"
        case LXW_ERROR_CREATING_XLSX_FILE: "无法创建 xlsx 文件（检查目录是否存在、是否有写权限）"
        case LXW_ERROR_CREATING_TMPFILE: "无法创建临时文件（检查临时目录）"
        case LXW_ERROR_READING_TMPFILE: "无法读取临时文件"
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE,
            LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE:
            "写入 zip 文件失败"
        case LXW_ERROR_FEATURE_NOT_SUPPORTED: "此功能不受支持"
        case LXW_ERROR_NULL_PARAMETER_IGNORED: "参数为空，已忽略"
        case LXW_ERROR_PARAMETER_VALIDATION: "参数不合法"
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED: "工作表名称超过 31 个字符"
        case LXW_ERROR_INVALID_SHEETNAME_CHARACTER: "工作表名称含有不允许的字符 [ ] : * ? / \\"
        case LXW_ERROR_SHEETNAME_START_END_APOSTROPHE: "工作表名称不能以单引号开头或结尾"
        case LXW_ERROR_SHEETNAME_ALREADY_USED: "工作表名称重复"
        case LXW_ERROR_32_STRING_LENGTH_EXCEEDED: "文字超过 32 个字符的限制"
        case LXW_ERROR_128_STRING_LENGTH_EXCEEDED: "文字超过 128 个字符的限制"
        case LXW_ERROR_255_STRING_LENGTH_EXCEEDED: "文字超过 255 个字符的限制"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: "单元格文字超过 32767 个字符的限制"
        case LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND: "共享字符串索引不存在"
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: "行号或列号超出范围"
        case LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED: "超链接地址超过 2079 个字符的限制"
        case LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED: "超链接数量超过每个工作表 65530 个的限制"
        case LXW_ERROR_IMAGE_DIMENSIONS: "图片尺寸无效"
        default: "libxlsxwriter 错误 \(code)"
        }
    }

    /// Builds the error for a failed libxlsxwriter call, with the library's own message.
    static func library(_ error: lxw_error, sheet: String?, cell: String?) -> XLSXError {
        let message = String(cString: lxw_strerror(error))
        return XLSXError(
            .library(code: Int32(bitPattern: error.rawValue), message: message), sheet: sheet, cell: cell)
    }
}
