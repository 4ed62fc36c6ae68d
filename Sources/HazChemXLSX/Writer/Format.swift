import CXlsxWriter

/// An RGB colour such as `FF0000`, for fonts, fills and chart series.
package struct RGBColor: Hashable, Sendable {
    /// 0xRRGGBB.
    package var value: UInt32

    /// Creates a colour from 0xRRGGBB.
    package init(_ value: UInt32) { self.value = value & 0xFF_FFFF }

    /// Parses `FF0000` or `#FF0000`; nil for anything else.
    package init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.value = value
    }

    /// `FF0000`.
    package var hex: String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 6 - text.count) + text
    }

    /// White, for text on dark fills.
    package static let white = RGBColor(0xFF_FFFF)
    /// Black.
    package static let black = RGBColor(0x00_0000)
}

/// How a cell looks: the value key of a cell format.
///
/// Equal values describe the same look, so `Workbook.format(_:)` creates one library format per distinct
/// `Format` however many cells use it. Register a format once and keep the returned `CellFormat` for
/// writing many cells.
package struct Format: Hashable, Sendable {
    /// Horizontal alignment.
    package enum Horizontal: Hashable, Sendable {
        case general, left, center, right
    }

    /// Vertical alignment.
    package enum Vertical: Hashable, Sendable {
        case bottom, center, top
    }

    /// Cell border line (all four sides).
    package enum Border: Hashable, Sendable {
        case none, thin, medium
    }

    /// Bold font.
    package var bold: Bool
    /// Font name such as `宋体`; nil keeps the workbook's font (`Workbook.Options.fontName`, else Calibri).
    package var fontName: String?
    /// Font size in points; nil keeps the workbook default (11).
    package var fontSize: Double?
    /// Font colour; nil keeps the default (black).
    package var fontColor: RGBColor?
    /// Solid background fill; nil for none.
    package var fill: RGBColor?
    /// Border line on all sides.
    package var border: Border
    /// Horizontal alignment.
    package var horizontal: Horizontal
    /// Vertical alignment.
    package var vertical: Vertical
    /// Wrap long text inside the cell.
    package var wraps: Bool
    /// Excel number format such as `yyyy-mm-dd`, `0.0` or `@`; nil for General.
    package var numberFormat: String?
    /// Whether the cell is locked when the sheet is protected (Excel's default is locked).
    package var locked: Bool

    /// Creates a format; every property defaults to Excel's default look.
    package init(
        bold: Bool = false, fontSize: Double? = nil, fontColor: RGBColor? = nil, fill: RGBColor? = nil,
        border: Border = .none, horizontal: Horizontal = .general, vertical: Vertical = .bottom,
        wraps: Bool = false, numberFormat: String? = nil, locked: Bool = true, fontName: String? = nil
    ) {
        self.bold = bold
        self.fontName = fontName
        self.fontSize = fontSize
        self.fontColor = fontColor
        self.fill = fill
        self.border = border
        self.horizontal = horizontal
        self.vertical = vertical
        self.wraps = wraps
        self.numberFormat = numberFormat
        self.locked = locked
    }

    /// A copy with some properties changed: `base.with { $0.bold = true }`.
    package func with(_ change: (inout Format) -> Void) -> Format {
        var copy = self
        change(&copy)
        return copy
    }

    /// The number format used for dates when none is given: `yyyy-mm-dd`.
    package static let dateNumberFormat = "yyyy-mm-dd"
    /// The number format used for date-times when none is given: `yyyy-mm-dd hh:mm`.
    package static let dateTimeNumberFormat = "yyyy-mm-dd hh:mm"
}

/// A format registered in one workbook, ready to be passed to cell writes.
///
/// Obtain it from `Workbook.format(_:)`; it is only valid for that workbook while it is open. It is a
/// bare pointer (no reference counting), so passing it for every cell costs nothing.
package struct CellFormat: Equatable {
    /// The library format owned by the workbook.
    let handle: UnsafeMutablePointer<lxw_format>
}

extension Format {
    /// Sets this look on a fresh library format.
    func apply(to raw: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(raw) }
        if let fontName { format_set_font_name(raw, fontName) }
        if let fontSize { format_set_font_size(raw, fontSize) }
        if let fontColor { format_set_font_color(raw, fontColor.libraryColor) }
        if let fill {
            format_set_pattern(raw, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(raw, fill.libraryColor)
        }
        switch border {
        case .none: break
        case .thin: format_set_border(raw, UInt8(LXW_BORDER_THIN.rawValue))
        case .medium: format_set_border(raw, UInt8(LXW_BORDER_MEDIUM.rawValue))
        }
        switch horizontal {
        case .general: break
        case .left: format_set_align(raw, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(raw, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(raw, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch vertical {
        case .bottom: break
        case .center: format_set_align(raw, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .top: format_set_align(raw, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
        if wraps { format_set_text_wrap(raw) }
        if let numberFormat { format_set_num_format(raw, numberFormat) }
        if !locked { format_set_unlocked(raw) }
    }
}

extension RGBColor {
    /// The library's colour value: black is 0x1000000 because 0 means "unset".
    var libraryColor: lxw_color_t { value == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(value) }
}
