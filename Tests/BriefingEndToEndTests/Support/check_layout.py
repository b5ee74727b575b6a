#!/usr/bin/python3
"""Checks the presentation of every workbook a run wrote, as openpyxl reads it back.

usage: check_layout.py OUTPUT_WINDOW_DIR OFFICE
Exits 1 with the differences on failure.
"""
import json, os, sys
import openpyxl

failures = []


def main(window_dir, office):
    manifest = json.load(open(os.path.join(window_dir, "manifest.json"), encoding="utf-8"))
    workbooks = [o for o in manifest["outputs"] if o["kind"] == "workbook"]
    for output in workbooks:
        path = os.path.join(os.path.dirname(window_dir), output["path"])
        unit = output["unit"]
        wb = openpyxl.load_workbook(path)
        props = wb.properties
        title = f"{unit}选派驻村工作队统计表（" if output["level"] == "sender" else f"{unit}驻村工作统计表（"
        if not (props.title or "").startswith(title) or props.creator != office:
            failures.append(f"{unit}: 文档属性 title={props.title!r} creator={props.creator!r}")
        for ws in wb:
            where = f"{unit}/{ws.title}"
            if ws.freeze_panes != "A3":
                failures.append(f"{where}: 冻结窗格 {ws.freeze_panes}")
            if not (ws["A1"].value or "").startswith(unit):
                failures.append(f"{where}: 标题行 {ws['A1'].value!r}")
            has_rows = any(r[0] and not str(r[0]).startswith("说明") for r in ws.iter_rows(min_row=3, values_only=True))
            if has_rows and (not ws.auto_filter.ref or not ws.auto_filter.ref.startswith("A2:")):
                failures.append(f"{where}: 自动筛选 {ws.auto_filter.ref}")
            setup = ws.page_setup
            if setup.orientation != "landscape" or str(setup.paperSize) != "9":
                failures.append(f"{where}: 打印方向/纸张 {setup.orientation} {setup.paperSize}")
            if not ws.sheet_properties.pageSetUpPr.fitToPage or setup.fitToWidth not in (None, 1) or setup.fitToHeight != 0:
                failures.append(f"{where}: 未设置为一页宽 fitToWidth={setup.fitToWidth} fitToHeight={setup.fitToHeight}")
            if ws.print_title_rows != "$1:$2":
                failures.append(f"{where}: 打印标题行 {ws.print_title_rows}")
            if ws.oddFooter.center.text != "第&P页 共&N页":
                failures.append(f"{where}: 页脚 {ws.oddFooter.center.text!r}")
            widths = [ws.column_dimensions[c].width for c in "AB"]
            if any(w is None or w < 8 for w in widths):
                failures.append(f"{where}: 列宽 {widths}")
        charts = wb["图表"]._charts
        kinds = sorted(type(c).__name__ for c in charts)
        if kinds != ["BarChart", "LineChart"]:
            failures.append(f"{unit}/图表: 图表为 {kinds}")
        attendance = wb["干部考勤"]
        rows = [r for r in attendance.iter_rows(min_row=3, values_only=True) if r[0] and not str(r[0]).startswith("说明")]
        if rows and len(attendance.conditional_formatting) == 0:
            failures.append(f"{unit}/干部考勤: 没有低于在村天数要求的突出显示")
    print(f"{len(workbooks)}个统计表的版式检查完毕")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:])
