#!/usr/bin/python3
"""Independent check of a `briefing nightly` run.

Recomputes every unit's totals straight from the input files (Python's csv and json modules, its own
decoding and number parsing) and compares them with the workbooks as openpyxl reads them back: each
county, prefecture and province, and each sending unit of the config's `senders:` (the teams whose
派出单位 is its name, an alias or a member unit, wherever they serve), with its counties served.
The only thing taken from the program is which records it rejected (`briefing validate --json`), so
that both sides sum the same records; each rejection must itself point at a real line of an input.

usage: check_outputs.py CONFIG OUTPUT_WINDOW_DIR VALIDATE_JSON
Prints one line per workbook checked; exits 1 with the differences on failure.
"""
import csv, io, json, os, re, sys
from decimal import Decimal
from datetime import date
import openpyxl, yaml

TRADITIONAL = str.maketrans({"縣": "县", "區": "区", "鄉": "乡", "鎮": "镇", "隊": "队", "編": "编", "號": "号",
                             "國": "国", "網": "网", "電": "电"})
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


def last_day(period):
    following = date(period[0] + period[1] // 12, period[1] % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


class Inputs:
    """The config and every accepted record, read without the program: geography, senders, teams, cadres,
    and each team's reported figures by month and metric (money in 元)."""

    def __init__(self, config_path, inputs, validation):
        config_dir = os.path.dirname(os.path.abspath(config_path))
        self.config = yaml.safe_load(open(config_path, encoding="utf-8"))
        catalog = yaml.safe_load(open(os.path.join(config_dir, self.config.get("metrics", "metrics.yaml")), encoding="utf-8"))
        self.metrics = catalog["metrics"]
        self.rates = catalog.get("rates", [])
        money_unit = self.config.get("workbook", {}).get("money_unit")
        self.money_scale = Decimal(10000) if money_unit == "万元" else Decimal(1)
        self.money_unit = "万元" if money_unit == "万元" else "元"

        self.counties = {}   # name key -> county name
        self.geography = {}  # county -> (prefecture, province)
        self.members = {}    # unit name -> the counties it covers
        for province in self.config["units"]:
            for prefecture in province["prefectures"]:
                for county in prefecture["counties"]:
                    for name in [county["name"]] + county.get("aliases", []):
                        self.counties[key(name)] = county["name"]
                    self.geography[county["name"]] = (prefecture["name"], province["province"])
                    self.members[county["name"]] = {county["name"]}
                    self.members.setdefault(prefecture["name"], set()).add(county["name"])
                    self.members.setdefault(province["province"], set()).add(county["name"])
        # sender name -> the keys of its name, aliases and member units
        self.senders = {s["name"]: {key(n) for n in [s["name"]] + s.get("aliases", []) + s.get("members", [])}
                        for s in self.config.get("senders") or []}

        header_to_metric = {}
        for metric in self.metrics:
            for name in [metric["id"], metric["name"]] + metric.get("aliases", []):
                header_to_metric[key(name)] = metric

        # Records the program rejected: error findings, and the copies a duplicate rule set aside.
        rejected = set()
        for finding in validation["findings"]:
            if finding["line"] is not None and (finding["severity"] == "error" or finding["code"] in ("dup.identical", "dup.replaced")):
                rejected.add((finding["file"], finding["line"]))

        self.teams, self.cadres, self.reports = {}, [], {}
        by_kind = {}
        for entry in inputs:
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
                        self.teams[value(row, "工作队编号", "team_id")] = {
                            "county": self.counties[key(value(row, "县（市、区）", "county"))],
                            "sender": key(value(row, "派出单位", "sending_unit")),
                            "start": day(value(row, "进驻日期", "start_date")),
                            "end": None if end is None else day(end),
                        }
                    elif kind == "cadres":
                        end = value(row, "离队日期", "end_date")
                        self.cadres.append({"team": value(row, "工作队编号", "team_id"),
                                            "start": day(value(row, "进驻日期", "start_date")),
                                            "end": None if end is None else day(end)})
                    elif kind == "reports":
                        team, period = value(row, "工作队编号", "team_id"), month(value(row, "报告期", "period"))
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
                            sums = self.reports.setdefault(team, {}).setdefault(period, {})
                            sums[metric["id"]] = sums.get(metric["id"], Decimal(0)) + number

    def sums(self, team, window_from, window_to):
        """A team's figures over a window by metric id; a metric it never reported is absent."""
        totals = {}
        for period, figures in self.reports.get(team, {}).items():
            if window_from <= period <= window_to:
                for metric_id, number in figures.items():
                    totals[metric_id] = totals.get(metric_id, Decimal(0)) + number
        return totals

    def months(self, team, window_from, window_to):
        return {p for p in self.reports.get(team, {}) if window_from <= p <= window_to}

    def in_window(self, team, window_from, window_to):
        """Whether a team is listed for a window: posted at some time in it, or reporting in it."""
        info = self.teams[team]
        posted = info["start"] <= last_day(window_to) and (info["end"] is None or info["end"] >= date(*window_from, 1))
        return posted or bool(self.months(team, window_from, window_to))

    def active(self, team, on):
        info = self.teams[team]
        return info["start"] <= on and (info["end"] is None or info["end"] >= on)

    def cadres_in_post(self, team, on):
        return sum(1 for c in self.cadres if c["team"] == team and c["start"] <= on and (c["end"] is None or c["end"] >= on))

    def teams_of(self, level, unit):
        """The team ids a workbook covers: a unit's counties, or a sending unit's names wherever its teams serve."""
        if level == "sender":
            return [t for t, info in self.teams.items() if info["sender"] in self.senders[unit]]
        return [t for t, info in self.teams.items() if info["county"] in self.members[unit]]


def add(totals, more):
    for metric_id, number in more.items():
        totals[metric_id] = totals.get(metric_id, Decimal(0)) + number
    return totals


def main(config_path, window_dir, validate_json):
    manifest = json.load(open(os.path.join(window_dir, "manifest.json"), encoding="utf-8"))
    validation = json.load(open(validate_json, encoding="utf-8"))
    data = Inputs(config_path, manifest["inputs"], validation)
    metrics = data.metrics
    window_from = tuple(map(int, manifest["window"]["from"].split("-")))
    window_to = tuple(map(int, manifest["window"]["to"].split("-")))
    window_end = last_day(window_to)

    def as_shown(metric, number):
        """A figure as the workbook shows it: money in the configured unit."""
        return number / data.money_scale if metric["kind"] == "money" else number

    def differs(want, got):
        return (want is None) != (got is None) or (want is not None and abs(Decimal(str(got)) - want) > Decimal("0.005"))

    def header_of(metric):
        return f"{metric['name']}（{data.money_unit if metric['kind'] == 'money' else metric['unit']}）"

    checked = 0
    for output in manifest["outputs"]:
        if output["kind"] != "workbook":
            continue
        unit, level = output["unit"], output["level"]
        workbook = openpyxl.load_workbook(os.path.join(os.path.dirname(window_dir), output["path"]))
        parts_sheet = {"county": "乡镇汇总", "sender": "按县汇总"}.get(level, "各县汇总")
        if workbook.sheetnames != ["汇总", parts_sheet, "工作队明细", "干部考勤", "校验问题", "图表"]:
            fail(f"{unit}: 工作表为 {workbook.sheetnames}")
        unit_teams = [t for t in data.teams_of(level, unit) if data.in_window(t, window_from, window_to)]
        expected = {}
        for team in unit_teams:
            add(expected, data.sums(team, window_from, window_to))

        overview = {row[0]: row[2] for row in workbook["汇总"].iter_rows(min_row=3, values_only=True) if row[0]}
        for metric in metrics:
            want = expected.get(metric["id"])
            got = overview.get(metric["name"])
            if differs(None if want is None else as_shown(metric, want), got):
                fail(f"{unit} 汇总 {metric['name']}: 应为 {want}（空白表示无人报送），实为 {got}")
        for rate in data.rates:
            numerator, denominator = expected.get(rate["numerator"]), expected.get(rate["denominator"])
            want = None if numerator is None or not denominator else numerator / denominator
            got = overview.get(rate["name"])
            if (want is None) != (got is None) or (want is not None and abs(Decimal(str(got)) - want) > Decimal("0.000001")):
                fail(f"{unit} 汇总 {rate['name']}: 应为 {want}，实为 {got}")
        active = [t for t in unit_teams if data.active(t, window_end)]
        if overview.get("驻村工作队") != len(active):
            fail(f"{unit} 汇总 驻村工作队: 应为 {len(active)}，实为 {overview.get('驻村工作队')}")
        posted = sum(data.cadres_in_post(t, window_end) for t in active)
        if overview.get("驻村干部") != posted:
            fail(f"{unit} 汇总 驻村干部: 应为 {posted}，实为 {overview.get('驻村干部')}")

        detail = list(workbook["工作队明细"].iter_rows(min_row=2, values_only=True))
        header = list(detail[0])
        rows = {r[0]: r for r in detail[1:] if r[0] and r[0] != "合计" and not str(r[0]).startswith("说明")}
        if set(rows) != set(unit_teams):
            fail(f"{unit} 工作队明细: 工作队为 {sorted(rows)}，应为 {sorted(unit_teams)}")
        total = next(r for r in detail if r[0] == "合计")
        for metric in metrics:
            column = header.index(header_of(metric))
            for team in unit_teams:
                want = data.sums(team, window_from, window_to).get(metric["id"])
                got = rows[team][column] if team in rows else None
                if differs(None if want is None else as_shown(metric, want), got):
                    fail(f"{unit} 工作队明细 {team} {metric['name']}: 应为 {want}，实为 {got}")
            shown = [r[column] for r in rows.values() if r[column] is not None]
            if shown and abs(Decimal(str(total[column])) - sum(Decimal(str(v)) for v in shown)) > Decimal("0.005"):
                fail(f"{unit} 工作队明细 合计 {metric['name']}: 不等于上方各行之和")
        for team in unit_teams:
            if team in rows and rows[team][header.index("报送月数")] != len(data.months(team, window_from, window_to)):
                fail(f"{unit} 工作队明细 {team} 报送月数: 应为 {len(data.months(team, window_from, window_to))}")

        # The parts sheet: its 合计 row equals 汇总, and each column's rows add up to it.
        part_rows = list(workbook[parts_sheet].iter_rows(min_row=2, values_only=True))
        part_header = list(part_rows[0])
        part_total = next(r for r in part_rows if "合计" in r)
        part_body = [r for r in part_rows[1:] if "合计" not in r and any(v is not None for v in r)]
        for metric in metrics:
            column = part_header.index(header_of(metric))
            if differs(None if overview.get(metric["name"]) is None else Decimal(str(overview[metric["name"]])), part_total[column]):
                fail(f"{unit} {parts_sheet} 合计 {metric['name']}: 不等于汇总")
            values = [r[column] for r in part_body if r[column] is not None]
            if values and abs(sum(Decimal(str(v)) for v in values) - Decimal(str(part_total[column])) ) > Decimal("0.005"):
                fail(f"{unit} {parts_sheet} {metric['name']}: 各行之和不等于合计")
        if level == "sender":
            check_counties_served(unit, data, unit_teams, part_header, part_body, window_from, window_to, as_shown, differs, header_of)
        checked += 1
        print(f"{unit}：{len(unit_teams)}支工作队，{len(expected)}项指标与独立计算一致")

    if checked == 0:
        fail("manifest 中没有统计表")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


def check_counties_served(unit, data, unit_teams, header, body, window_from, window_to, as_shown, differs, header_of):
    """A sending unit's 按县汇总: one row per county its teams serve in, with that county's prefecture and
    the sum of the unit's teams there (not the county's other teams), ranked by the config's rank_by."""
    by_county = {}
    for team in unit_teams:
        add(by_county.setdefault(data.teams[team]["county"], {}), data.sums(team, window_from, window_to))
    county_column, prefecture_column = header.index("县（市、区）"), header.index("市（地区、州、师）")
    shown = {r[county_column]: r for r in body}
    if set(shown) != set(by_county):
        fail(f"{unit} 按县汇总: 县为 {sorted(shown)}，应为 {sorted(by_county)}")
    for county, figures in by_county.items():
        row = shown.get(county)
        if row is None:
            continue
        if row[prefecture_column] != data.geography[county][0]:
            fail(f"{unit} 按县汇总 {county}: 所属市为 {row[prefecture_column]}，应为 {data.geography[county][0]}")
        teams_here = sum(1 for t in unit_teams if data.teams[t]["county"] == county)
        if row[header.index("驻村工作队")] != teams_here:
            fail(f"{unit} 按县汇总 {county} 驻村工作队: 应为 {teams_here}，实为 {row[header.index('驻村工作队')]}")
        for metric in data.metrics:
            want = figures.get(metric["id"])
            got = row[header.index(header_of(metric))]
            if differs(None if want is None else as_shown(metric, want), got):
                fail(f"{unit} 按县汇总 {county} {metric['name']}: 应为 {want}，实为 {got}")
    rank_by = data.config.get("workbook", {}).get("rank_by", "deeds")
    order = [r[county_column] for r in body]
    ranked = sorted(order, key=lambda c: -(by_county.get(c, {}).get(rank_by, Decimal(-1))))
    if [by_county.get(c, {}).get(rank_by) for c in order] != [by_county.get(c, {}).get(rank_by) for c in ranked]:
        fail(f"{unit} 按县汇总: 未按 {rank_by} 从高到低排列：{order}")
    if [r[0] for r in body] != list(range(1, len(body) + 1)):
        fail(f"{unit} 按县汇总: 排名为 {[r[0] for r in body]}")


if __name__ == "__main__":
    main(*sys.argv[1:])
