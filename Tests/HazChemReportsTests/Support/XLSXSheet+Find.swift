import HazChemReports
import HazChemXLSX

extension XLSXSheet {
    /// The first cell (by row, then column) whose text is `text`.
    func address(of text: String) -> CellAddress? {
        cells.compactMap { reference, cell in cell.value == .text(text) ? CellAddress(reference) : nil }
            .min { ($0.row, $0.column) < ($1.row, $1.column) }
    }

    /// The value `offset` columns right of the first cell showing `label`.
    func value(rightOf label: String, offset: Int = 1) -> CellValue? {
        guard let address = address(of: label) else { return nil }
        return self[row: address.row, column: address.column + offset]
    }

    /// The cell `offset` columns right of the first cell showing `label`.
    func cell(rightOf label: String, offset: Int = 1) -> XLSXCell? {
        guard let address = address(of: label) else { return nil }
        return cells[CellAddress(row: address.row, column: address.column + offset).description]
    }

    /// Column `column` → text of each row, for rows that have text in that column.
    func texts(in column: Int) -> [Int: String] {
        var result: [Int: String] = [:]
        for (reference, cell) in cells {
            guard let address = CellAddress(reference), address.column == column, case .text(let text) = cell.value
            else { continue }
            result[address.row] = text
        }
        return result
    }
}
