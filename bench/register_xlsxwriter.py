"""Baseline: the enterprise register written by Python XlsxWriter in constant-memory mode.

    python register_xlsxwriter.py ROWS OUT.xlsx
"""
import sys

import xlsxwriter

from rows import GRADES, HEADERS, WIDTHS, row, style


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    wb.set_properties({"title": "企业台账", "author": "HazChem"})
    ws = wb.add_worksheet("企业台账")
    base = {"border": 1, "valign": "vcenter"}
    header = wb.add_format(dict(base, bold=True, pattern=1, bg_color="#D9D9D9", align="center", text_wrap=True))
    formats = {
        "text": wb.add_format(base),
        "centered": wb.add_format(dict(base, align="center")),
        "integer": wb.add_format(dict(base, num_format="0", align="center")),
        "score": wb.add_format(dict(base, num_format="0.0", align="center")),
        "date": wb.add_format(dict(base, num_format="yyyy-mm-dd", align="center")),
    }
    grades = {
        label: wb.add_format(dict(base, bold=True, font_color="#FFFFFF" if dark else "#000000", pattern=1,
                                  bg_color="#" + fill, align="center"))
        for label, (fill, dark) in GRADES.items()
    }
    for c, width in enumerate(WIDTHS):
        ws.set_column(c, c, width)
    ws.set_row(0, 30)
    for c, text in enumerate(HEADERS):
        ws.write_string(0, c, text, header)
    formats.update(grades)
    for i in range(1, n + 1):
        values = row(i)
        for c, value in enumerate(values):
            if value is None:
                ws.write_blank(i, c, None, formats[style(c, value)])
            elif isinstance(value, str):
                ws.write_string(i, c, value, formats[style(c, value)])
            else:
                ws.write_number(i, c, value, formats[style(c, value)])
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(n, 1), len(HEADERS) - 1)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.set_footer("&C第 &P 页，共 &N 页")
    wb.close()


if __name__ == "__main__":
    main()
