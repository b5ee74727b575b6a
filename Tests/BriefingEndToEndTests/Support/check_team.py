#!/usr/bin/python3
"""Independent check of a team's briefing over its term (`briefing --team ID --trace`).

Works out the team's term from the roster itself (the month of its 进驻日期 to PERIOD, no later than the
month of its 期满日期), sums the team's accepted reports over it with check_outputs.py's own reading of
the inputs, and compares every figure the briefing states, as `--trace` lists it (text, variable, value),
with that sum; where the team reported every metric, every one must be stated. The window
under the title and the duration phrase (`8个月来`, `两年来`) are checked too. As in check_outputs.py,
only the rejected records are taken from the program (`briefing validate --json`).

usage: check_team.py CONFIG VALIDATE_JSON TEAM_ID PERIOD BRIEFING_OUTPUT
Prints one line; exits 1 with the differences on failure.
"""
import json, os, re, sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_outputs import Inputs, failures, fail, last_day  # noqa: E402

NUMERALS = "零一二三四五六七八九"


def duration(months):
    if months < 12:
        return f"{months}个月来"
    years = months // 12
    if years == 2:
        return "两年来"
    if years < 10:
        return f"{NUMERALS[years]}年来"
    return ("" if years < 20 else NUMERALS[years // 10]) + "十" + ("" if years % 10 == 0 else NUMERALS[years % 10]) + "年来"


def title(window_from, window_to):
    (y1, m1), (y2, m2) = window_from, window_to
    if window_from == window_to:
        return f"{y2}年{m2}月"
    return f"{y1}年{m1}月—{y2}年{m2}月" if y1 != y2 else f"{y2}年{m1}月—{m2}月"


def money(text):
    """A traced amount (`1819900.5元`, `297万元`, `22.7亿元`) in 元."""
    number, unit = re.fullmatch(r"(-?[\d.]+)(亿元|万元|元)", text).groups()
    return Decimal(number) * {"元": 1, "万元": 10000, "亿元": 10**8}[unit]


def main(config_path, validate_json, team, period, output_path):
    validation = json.load(open(validate_json, encoding="utf-8"))
    data = Inputs(config_path, validation["summary"]["inputs"], validation)
    info = data.teams[team]
    window_to = tuple(map(int, period.split("-")))
    if info["end"] is not None:
        window_to = min(window_to, (info["end"].year, info["end"].month))
    window_from = (info["start"].year, info["start"].month)
    months = (window_to[0] - window_from[0]) * 12 + window_to[1] - window_from[1] + 1
    sums = data.sums(team, window_from, window_to)
    metrics = {m["id"]: m for m in data.metrics}
    rates = {r["id"]: r for r in data.rates}

    text = open(output_path, encoding="utf-8").read()
    prose, _, trace = text.partition("\n——数字来源：")
    lines = prose.split("\n")
    if lines[1] != f"（{title(window_from, window_to)}）":
        fail(f"统计期为 {lines[1]}，应为（{title(window_from, window_to)}）")
    if duration(months) + "，" not in prose:
        fail(f"简报中没有“{duration(months)}”（任期内{months}个月）")

    entries = [line.split("\t") for line in trace.split("\n")[1:] if line]
    if not entries:
        fail("--trace 没有列出任何数字")
    stated = set()
    end = last_day(window_to)
    as_of = min(end, info["end"]) if info["end"] is not None else end
    for shown, source, got in entries:
        if shown not in prose:
            fail(f"{source}：简报中没有“{shown}”")
        kind, _, name = source.partition(".")
        if kind == "m":
            stated.add(name)
            want = sums.get(name)
            have = money(got) if metrics[name]["kind"] == "money" else Decimal(got)
            if want is None or have != want:
                fail(f"{source}：简报为 {got}，独立计算为 {want}")
        elif kind == "rate":
            rate = rates[name]
            want = f"{sums.get(rate['numerator'])}/{sums.get(rate['denominator'])}"
            if got != want:
                fail(f"{source}：简报为 {got}，独立计算为 {want}")
        elif source == "team.cadre_count":
            want = data.cadres_in_post(team, as_of)
            if int(got) != want:
                fail(f"{source}：简报为 {got}，独立计算为 {want}")
        else:
            fail(f"{source}：不认识的数字来源")
    # A clause goes with any of its figures left unreported; with every metric reported, every one is stated.
    if set(sums) == set(metrics):
        for metric_id in sorted(set(sums) - stated):
            fail(f"m.{metric_id}：本队报送了{metrics[metric_id]['name']}（{sums[metric_id]}），简报中没有")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"工作队 {team}：{title(window_from, window_to)}，{duration(months)}，{len(entries)}个数字与独立计算一致")


if __name__ == "__main__":
    main(*sys.argv[1:])
