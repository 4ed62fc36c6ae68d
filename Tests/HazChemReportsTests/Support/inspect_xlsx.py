#!/usr/bin/env python3
"""Test helper: describes an xlsx file as JSON through openpyxl, or re-saves it.

    inspect_xlsx.py inspect FILE      -> JSON on stdout
    inspect_xlsx.py resave IN OUT     -> loads IN with openpyxl and saves it as OUT
    inspect_xlsx.py fill IN OUT JSON  -> loads IN, sets cells from the JSON file and saves it as OUT;
                                         JSON is {"sheet": {"E3": "text" | number | {"date": "2019-10-01"}}}

Exit status 3 when openpyxl is not importable (the Swift tests then skip).
"""
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.stderr.write("openpyxl is not installed\n")
    sys.exit(3)


def plain(value):
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return value


def describe_sheet(ws):
    cells, fills, formulas, number_formats = {}, {}, {}, {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None and cell.fill.fill_type is None:
                continue
            if isinstance(cell.value, str) and cell.value.startswith("="):
                formulas[cell.coordinate] = cell.value
            elif cell.value is not None:
                cells[cell.coordinate] = plain(cell.value)
            if cell.fill.fill_type == "solid":
                fills[cell.coordinate] = str(cell.fill.fgColor.rgb)[-6:]
            if cell.number_format != "General":
                number_formats[cell.coordinate] = cell.number_format
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "freeze_panes": ws.freeze_panes,
        "auto_filter": ws.auto_filter.ref,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "protected": bool(ws.protection.sheet),
        "data_validations": [
            {"type": dv.type, "sqref": str(dv.sqref), "formula1": dv.formula1}
            for dv in ws.data_validations.dataValidation
        ],
        "charts": len(getattr(ws, "_charts", [])),
        "landscape": ws.page_setup.orientation == "landscape",
        "paper_size": ws.page_setup.paperSize,
        "print_title_rows": ws.print_title_rows,
        "cells": cells,
        "fills": fills,
        "formulas": formulas,
        "number_formats": number_formats,
        "fit_to_width": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        and ws.page_setup.fitToWidth in (1, "1", None),
        "header": ws.oddHeader.left.text or "",
        "footer": ws.oddFooter.center.text or "",
        "column_widths": {
            key: dim.width for key, dim in ws.column_dimensions.items() if dim.width
        },
        "row_heights": {
            str(key): dim.height for key, dim in ws.row_dimensions.items() if dim.height
        },
        "locked": {
            cell.coordinate: bool(cell.protection.locked)
            for row in ws.iter_rows() for cell in row
            if cell.value is not None or cell.fill.fill_type is not None
        },
    }


def fill(source, destination, spec_path):
    with open(spec_path, encoding="utf-8") as handle:
        spec = json.load(handle)
    wb = openpyxl.load_workbook(source)
    for sheet_name, cells in spec.items():
        ws = wb[sheet_name]
        for reference, value in cells.items():
            if isinstance(value, dict) and "date" in value:
                ws[reference] = datetime.date.fromisoformat(value["date"])
                ws[reference].number_format = "yyyy-mm-dd"
            else:
                ws[reference] = value
    wb.save(destination)


def main(argv):
    if len(argv) == 3 and argv[1] == "inspect":
        wb = openpyxl.load_workbook(argv[2])
        json.dump({"sheets": [describe_sheet(ws) for ws in wb.worksheets]}, sys.stdout, ensure_ascii=False)
        return 0
    if len(argv) == 4 and argv[1] == "resave":
        wb = openpyxl.load_workbook(argv[2])
        wb.save(argv[3])
        return 0
    if len(argv) == 5 and argv[1] == "fill":
        fill(argv[2], argv[3], argv[4])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
