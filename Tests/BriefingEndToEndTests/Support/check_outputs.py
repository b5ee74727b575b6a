#!/usr/bin/python3
"""Independent check of a `briefing nightly` run.

Recomputes every county's totals straight from the input files (Python's csv and json modules, its own
decoding and number parsing) and compares them with the workbooks as openpyxl reads them back.
The only thing taken from the program is which records it rejected (`briefing validate --json`), so
that both sides sum the same records; each rejection must itself point at a real line of an input.

usage: check_outputs.py CONFIG OUTPUT_WINDOW_DIR VALIDATE_JSON
Prints one line per county checked; exits 1 with the differences on failure.
"""
import csv, io, json, os, re, sys
from decimal import Decimal
from datetime import date
import openpyxl, yaml

TRADITIONAL = str.maketrans({"縣": "县", "區": "区", "鄉": "乡", "鎮": "镇", "隊": "队", "編": "编", "號": "号"})
FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９，．"}
failures = []


def fail(message):
    failures.append(message)


def decode(raw):
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def records(path):
    """(line, {header: value}) for each non-empty record, the header being line 1."""
    text = decode(open(path, "rb").read())
    if path.endswith((".json", ".jsonl")):
        stripped = text.lstrip()
        if stripped.startswith("["):
            # One object per line in our samples; good enough to place array items too.
            for number, line in enumerate(text.splitlines(), 1):
                line = line.strip().rstrip(",")
                if line.startswith("{"):
                    yield number, {k: (None if v is None else str(v)) for k, v in json.loads(line).items()}
        else:
            for number, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield number, {k: (None if v is None else str(v)) for k, v in json.loads(line).items()}
        return
    first = text.split("\n", 1)[0]
    delimiter = max([",", "\t", ";"], key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = None
    line_end = 0
    for row in reader:
        start, line_end = line_end + 1, reader.line_num
        if header is None:
            header = row
            continue
        if all(not cell.strip() for cell in row):
            continue
        yield start, dict(zip(header, row))


def key(name):
    return re.sub(r"\s", "", name.translate(FULLWIDTH).replace("（", "(").replace("）", ")").translate(TRADITIONAL)).lower()


def main(config_path, window_dir, validate_json):
    config_dir = os.path.dirname(os.path.abspath(config_path))
    config = yaml.safe_load(open(config_path, encoding="utf-8"))
    catalog = yaml.safe_load(open(os.path.join(config_dir, config.get("metrics", "metrics.yaml")), encoding="utf-8"))
    metrics = catalog["metrics"]
    manifest = json.load(open(os.path.join(window_dir, "manifest.json"), encoding="utf-8"))
    validation = json.load(open(validate_json, encoding="utf-8"))
    window_from = tuple(map(int, manifest["window"]["from"].split("-")))
    window_to = tuple(map(int, manifest["window"]["to"].split("-")))

    counties = {}
    members = {}  # unit name -> the counties it covers
    for province in config["units"]:
        for prefecture in province["prefectures"]:
            for county in prefecture["counties"]:
                for name in [county["name"]] + county.get("aliases", []):
                    counties[key(name)] = county["name"]
                members[county["name"]] = {county["name"]}
                members.setdefault(prefecture["name"], set()).add(county["name"])
                members.setdefault(province["province"], set()).add(county["name"])
    money_scale = Decimal(10000) if config.get("workbook", {}).get("money_unit") == "万元" else Decimal(1)

    header_to_metric = {}
    for metric in metrics:
        for name in [metric["id"], metric["name"]] + metric.get("aliases", []):
            header_to_metric[key(name)] = metric

    # Records the program rejected: error findings, and the copies a duplicate rule set aside.
    rejected = set()
    for finding in validation["findings"]:
        if finding["line"] is not None and (finding["severity"] == "error" or finding["code"] in ("dup.identical", "dup.replaced")):
            rejected.add((finding["file"], finding["line"]))

    def value(row, *names):
        for name in names:
            for header, cell in row.items():
                if key(header) == key(name) and cell is not None and cell.strip():
                    return cell.strip()
        return None

    def month(text):
        m = re.match(r"^(\d{4})\D*(\d{1,2})", text)
        return (int(m.group(1)), int(m.group(2)))

    def day(text):
        m = re.match(r"^(\d{4})\D?(\d{1,2})\D?(\d{1,2})", text)
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))

    window_end = date(window_to[0], window_to[1], 28)
    while True:
        try:
            window_end = window_end.replace(day=window_end.day + 1)
        except ValueError:
            break

    teams, cadres, sums, months = {}, {}, {}, {}
    by_kind = {}
    for entry in manifest["inputs"]:
        by_kind.setdefault(entry["kind"], []).append(entry)
    for kind in ("teams", "cadres", "reports", "attendance"):
        for entry in by_kind.get(kind, []):
            path = entry["path"]
            read = list(records(path))
            if entry["records_read"] != len(read):
                fail(f"{path}: 程序读取{entry['records_read']}条，独立读取{len(read)}条")
            if entry["records_read"] != entry["records_accepted"] + entry["records_rejected"]:
                fail(f"{path}: 读取数不等于接受数加拒绝数")
            accepted = [(line, row) for line, row in read if (path, line) not in rejected]
            if entry["records_accepted"] != len(accepted):
                fail(f"{path}: 程序接受{entry['records_accepted']}条，独立计算{len(accepted)}条")
            for line, row in accepted:
                if kind == "teams":
                    end = value(row, "期满日期", "end_date")
                    teams[value(row, "工作队编号", "team_id")] = {
                        "county": counties[key(value(row, "县（市、区）", "county"))],
                        "active": day(value(row, "进驻日期", "start_date")) <= window_end and (end is None or day(end) >= window_end),
                    }
                elif kind == "cadres":
                    end = value(row, "离队日期", "end_date")
                    if day(value(row, "进驻日期", "start_date")) <= window_end and (end is None or day(end) >= window_end):
                        cadres[value(row, "干部编号", "cadre_id")] = value(row, "工作队编号", "team_id")
                elif kind == "reports":
                    team, period = value(row, "工作队编号", "team_id"), month(value(row, "报告期", "period"))
                    if not (window_from <= period <= window_to):
                        continue
                    months.setdefault(team, set()).add(period)
                    for header, cell in row.items():
                        if cell is None or not cell.strip():
                            continue
                        scale = Decimal(1)
                        base = key(header)
                        unit = re.match(r"^(.*)\((万元|元|亿元)\)$", base)
                        if base not in header_to_metric and unit:
                            base, scale = unit.group(1), {"元": Decimal(1), "万元": Decimal(10000), "亿元": Decimal(10**8)}[unit.group(2)]
                        metric = header_to_metric.get(base)
                        if metric is None:
                            continue
                        number = Decimal(cell.strip().translate(FULLWIDTH).replace(",", "")) * scale
                        totals = sums.setdefault(team, {})
                        totals[metric["id"]] = totals.get(metric["id"], Decimal(0)) + number

    def as_shown(metric, number):
        """A figure as the workbook shows it: money in the configured unit."""
        return number / money_scale if metric["kind"] == "money" else number

    def differs(want, got):
        return (want is None) != (got is None) or (want is not None and abs(Decimal(str(got)) - want) > Decimal("0.005"))

    checked = 0
    for output in manifest["outputs"]:
        if output["kind"] != "workbook":
            continue
        county = output["unit"]
        workbook = openpyxl.load_workbook(os.path.join(os.path.dirname(window_dir), output["path"]))
        parts_sheet = "乡镇汇总" if output["level"] == "county" else "各县汇总"
        if workbook.sheetnames != ["汇总", parts_sheet, "工作队明细", "干部考勤", "校验问题", "图表"]:
            fail(f"{county}: 工作表为 {workbook.sheetnames}")
        county_teams = [t for t, info in teams.items() if info["county"] in members[county]]
        expected = {}
        for team in county_teams:
            for metric_id, number in sums.get(team, {}).items():
                expected[metric_id] = expected.get(metric_id, Decimal(0)) + number

        overview = {row[0]: row[2] for row in workbook["汇总"].iter_rows(min_row=3, values_only=True) if row[0]}
        for metric in metrics:
            want = expected.get(metric["id"])
            got = overview.get(metric["name"])
            if differs(None if want is None else as_shown(metric, want), got):
                fail(f"{county} 汇总 {metric['name']}: 应为 {want}（空白表示无人报送），实为 {got}")
        active = [t for t in county_teams if teams[t]["active"]]
        if overview.get("驻村工作队") != len(active):
            fail(f"{county} 汇总 驻村工作队: 应为 {len(active)}，实为 {overview.get('驻村工作队')}")
        posted = sum(1 for team in cadres.values() if team in active)
        if overview.get("驻村干部") != posted:
            fail(f"{county} 汇总 驻村干部: 应为 {posted}，实为 {overview.get('驻村干部')}")

        detail = list(workbook["工作队明细"].iter_rows(min_row=2, values_only=True))
        header = list(detail[0])
        rows = {r[0]: r for r in detail[1:] if r[0] and r[0] != "合计" and not str(r[0]).startswith("说明")}
        total = next(r for r in detail if r[0] == "合计")
        for metric in metrics:
            unit = ("万元" if money_scale != 1 else "元") if metric["kind"] == "money" else metric["unit"]
            column = header.index(f"{metric['name']}（{unit}）")
            for team in county_teams:
                want = sums.get(team, {}).get(metric["id"])
                got = rows[team][column] if team in rows else None
                if differs(None if want is None else as_shown(metric, want), got):
                    fail(f"{county} 工作队明细 {team} {metric['name']}: 应为 {want}，实为 {got}")
            shown = [r[column] for r in rows.values() if r[column] is not None]
            if shown and abs(Decimal(str(total[column])) - sum(Decimal(str(v)) for v in shown)) > Decimal("0.005"):
                fail(f"{county} 工作队明细 合计 {metric['name']}: 不等于上方各行之和")
        for team in county_teams:
            if team in rows and rows[team][header.index("报送月数")] != len(months.get(team, ())):
                fail(f"{county} 工作队明细 {team} 报送月数: 应为 {len(months.get(team, ()))}")

        # The parts sheet: its 合计 row equals 汇总, and each column's rows add up to it.
        part_rows = list(workbook[parts_sheet].iter_rows(min_row=2, values_only=True))
        part_header = list(part_rows[0])
        part_total = next(r for r in part_rows if "合计" in r)
        part_body = [r for r in part_rows[1:] if "合计" not in r and any(v is not None for v in r)]
        for metric in metrics:
            unit = ("万元" if money_scale != 1 else "元") if metric["kind"] == "money" else metric["unit"]
            column = part_header.index(f"{metric['name']}（{unit}）")
            if differs(None if overview.get(metric["name"]) is None else Decimal(str(overview[metric["name"]])), part_total[column]):
                fail(f"{county} {parts_sheet} 合计 {metric['name']}: 不等于汇总")
            values = [r[column] for r in part_body if r[column] is not None]
            if values and abs(sum(Decimal(str(v)) for v in values) - Decimal(str(part_total[column]))) > Decimal("0.005"):
                fail(f"{county} {parts_sheet} {metric['name']}: 各行之和不等于合计")
        checked += 1
        print(f"{county}：{len(county_teams)}支工作队，{len(expected)}项指标与独立计算一致")

    if checked == 0:
        fail("manifest 中没有统计表")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:])
