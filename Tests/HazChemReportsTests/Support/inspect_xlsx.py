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
    font_names, font_sizes = set(), []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None and cell.fill.fill_type is None:
                continue
            if cell.value is not None:
                font_names.add(cell.font.name or "")
                font_sizes.append(float(cell.font.sz or 11))
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
        "max_column": ws.max_column,
        "paper_size": ws.page_setup.paperSize,
        "print_title_rows": ws.print_title_rows,
        "cells": cells,
        "fills": fills,
        "formulas": formulas,
        "number_formats": number_formats,
        "fit_to_width": bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
        and ws.page_setup.fitToWidth in (1, "1", None),
        "font_names": sorted(font_names),
        "min_font_size": min(font_sizes) if font_sizes else None,
        "margins_mm": {
            side: round(getattr(ws.page_margins, side) * 25.4, 1) for side in ("left", "right", "top", "bottom")
        },
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


def chart_axes(path):
    """The value and category axes of every chart part, read from the chart XML (in part order)."""
    import re
    import zipfile
    import xml.etree.ElementTree as ET

    ns = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
          "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}

    def describe(axis):
        if axis is None:
            return None
        title = "".join(t.text or "" for t in axis.findall("c:title//a:t", ns))
        minimum = axis.find("c:scaling/c:min", ns)
        unit = axis.find("c:majorUnit", ns)
        number_format = axis.find("c:numFmt", ns)
        return {
            "title": title,
            "min": float(minimum.get("val")) if minimum is not None else None,
            "major_unit": float(unit.get("val")) if unit is not None else None,
            "number_format": number_format.get("formatCode") if number_format is not None else None,
        }

    result = []
    with zipfile.ZipFile(path) as archive:
        names = sorted(
            (n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)),
            key=lambda n: int(re.search(r"\d+", n.rsplit("/", 1)[1]).group()))
        for name in names:
            root = ET.fromstring(archive.read(name))
            area = root.find(".//c:plotArea", ns)
            kind = next((child.tag.split("}")[1] for child in area if child.tag.endswith("Chart")), "")
            result.append({
                "kind": kind,
                "value_axis": describe(area.find("c:valAx", ns)),
                "category_axis": describe(area.find("c:catAx", ns)),
            })
    return result


def column_ranges(path):
    """The <col min max> ranges of every worksheet part, in sheet order (overlaps make office suites keep the
    first width)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        names = sorted(
            (n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
            key=lambda n: int(re.search(r"(\d+)\.xml$", n).group(1)))
        return [
            [[int(a), int(b)] for a, b in re.findall(r'<col min="(\d+)" max="(\d+)"', archive.read(n).decode())]
            for n in names
        ]


def main(argv):
    if len(argv) == 3 and argv[1] == "inspect":
        wb = openpyxl.load_workbook(argv[2])
        sheets = [describe_sheet(ws) for ws in wb.worksheets]
        for sheet, ranges in zip(sheets, column_ranges(argv[2])):
            sheet["column_ranges"] = ranges
        json.dump(
            {"sheets": sheets, "charts": chart_axes(argv[2])},
            sys.stdout, ensure_ascii=False)
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
