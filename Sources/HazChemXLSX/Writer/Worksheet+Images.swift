import CXlsxWriter
import Foundation

extension Worksheet {
    /// Places a JPEG or PNG image held in memory with its top-left corner at a cell, scaled by `scale` (1 is the
    /// image's own pixel size), with `description` as its alternative text. The library copies the bytes.
    package func insertImage(
        _ bytes: [UInt8], at cell: CellAddress, scale: Double = 1, offset: (x: Int, y: Int) = (2, 2),
        description: String? = nil
    ) throws {
        guard cell.isValid else { throw problem(.cellOutOfRange, cell.row, cell.column) }
        guard !bytes.isEmpty, scale > 0 else {
            throw problem(.invalidArgument("图片为空或缩放比例不是正数"), cell.row, cell.column)
        }
        let result = withOptionalCString(description) { text in
            var options = lxw_image_options()
            options.x_scale = scale
            options.y_scale = scale
            options.x_offset = Int32(offset.x)
            options.y_offset = Int32(offset.y)
            options.description = text.map { UnsafeMutablePointer(mutating: $0) }
            return bytes.withUnsafeBufferPointer { buffer in
                worksheet_insert_image_buffer_opt(
                    handle, lxw_row_t(cell.row), lxw_col_t(cell.column), buffer.baseAddress, buffer.count, &options)
            }
        }
        try check(result, cell: cell.description)
    }
}
