"""Baseline: the enterprise register written by openpyxl in write-only mode.

    python register_openpyxl.py ROWS OUT.xlsx
"""
import sys

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from rows import GRADES, HEADERS, WIDTHS, row, style as style_of


def named(name, number_format="General", bold=False, color="FF000000", fill=None, horizontal=None, wrap=False):
    thin = Side(style="thin")
    return NamedStyle(
        name=name, number_format=number_format, font=Font(name="Calibri", size=11, bold=bold, color=color),
        fill=PatternFill("solid", fgColor=fill) if fill else PatternFill(),
        border=Border(left=thin, right=thin, top=thin, bottom=thin),
        alignment=Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap))


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    wb = Workbook(write_only=True)
    wb.properties.title = "企业台账"
    wb.properties.creator = "HazChem"
    ws = wb.create_sheet("企业台账")
    styles = {
        "header": named("header", bold=True, fill="FFD9D9D9", horizontal="center", wrap=True),
        "text": named("text"),
        "centered": named("centered", horizontal="center"),
        "integer": named("integer", "0", horizontal="center"),
        "score": named("score", "0.0", horizontal="center"),
        "date": named("date", "yyyy-mm-dd", horizontal="center"),
    }
    for label, (fill, dark) in GRADES.items():
        styles[label] = named(label, bold=True, color="FFFFFFFF" if dark else "FF000000", fill="FF" + fill,
                              horizontal="center")
    for style in styles.values():
        wb.add_named_style(style)
    for c, width in enumerate(WIDTHS):
        # libxlsxwriter stores a width of w characters as w + 5/7 (cell padding), truncated to 1/256.
        ws.column_dimensions[get_column_letter(c + 1)].width = int((width * 7 + 5) / 7 * 256) / 256
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = "A1:%s%d" % (get_column_letter(len(HEADERS)), max(n, 1) + 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"

    def cell(value, style):
        c = WriteOnlyCell(ws, value=value)
        c.style = style
        return c

    ws.append([cell(text, "header") for text in HEADERS])
    for i in range(1, n + 1):
        values = row(i)
        ws.append([cell(value, style_of(c, value)) for c, value in enumerate(values)])
    wb.save(out)


if __name__ == "__main__":
    main()
