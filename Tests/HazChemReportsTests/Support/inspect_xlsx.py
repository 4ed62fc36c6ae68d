#!/usr/bin/env python3
"""Test helper: describes an xlsx file as JSON through openpyxl, or re-saves it.

    inspect_xlsx.py inspect FILE      -> JSON on stdout
    inspect_xlsx.py resave IN OUT     -> loads IN with openpyxl and saves it as OUT

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
    }


def main(argv):
    if len(argv) == 3 and argv[1] == "inspect":
        wb = openpyxl.load_workbook(argv[2])
        json.dump({"sheets": [describe_sheet(ws) for ws in wb.worksheets]}, sys.stdout, ensure_ascii=False)
        return 0
    if len(argv) == 4 and argv[1] == "resave":
        wb = openpyxl.load_workbook(argv[2])
        wb.save(argv[3])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
