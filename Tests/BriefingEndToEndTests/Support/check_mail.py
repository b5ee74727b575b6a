"""Independent check of the mail a run sent, as received by smtp_server.py.

    /usr/bin/python3 check_mail.py CONFIG OUTPUT_WINDOW_DIR SPOOL [--after N]

From the config (PyYAML) it takes each unit's recipients (counties, prefectures and provinces under `units:`,
sending units under `senders:`), from the window folder's manifest.json the
workbooks and briefings written; it reads every message in SPOOL numbered above N with Python's email
package and requires that each unit's recipients received exactly that unit's workbook, once: envelope
recipient, To, subject 【驻村工作】<unit><window>统计报表, attachment name and bytes (SHA-256 equal to
the file and to the manifest), the briefing as the body. Nothing else may have been sent.
Prints the count checked and, for each sending unit, who received its workbook how many times; exits 1
with the differences on failure.
"""
import collections
import hashlib
import json
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from read_mail import read  # noqa: E402


def recipients(config):
    units = {}
    for province in config["units"]:
        units[("province", province["province"])] = province.get("recipients", [])
        for prefecture in province.get("prefectures", []):
            units[("prefecture", prefecture["name"])] = prefecture.get("recipients", [])
            for county in prefecture.get("counties", []):
                units[("county", county["name"])] = county.get("recipients", [])
    for sender in config.get("senders") or []:
        units[("sender", sender["name"])] = sender.get("recipients", [])
    return units


def window_title(window):
    (y1, m1), (y2, m2) = (map(int, window[key].split("-")) for key in ("from", "to"))
    if (y1, m1) == (y2, m2):
        return f"{y2}年{m2}月"
    return f"{y1}年{m1}月—{y2}年{m2}月" if y1 != y2 else f"{y2}年{m1}月—{m2}月"


def main():
    config_path, window_dir, spool = sys.argv[1:4]
    after = int(sys.argv[5]) if len(sys.argv) > 5 and sys.argv[4] == "--after" else 0
    config = yaml.safe_load(open(config_path, encoding="utf-8"))
    manifest = json.load(open(os.path.join(window_dir, "manifest.json"), encoding="utf-8"))
    output_root = os.path.dirname(os.path.abspath(window_dir))
    units = recipients(config)
    title = window_title(manifest["window"])

    expected = collections.Counter()
    details = {}
    briefings = {(o["level"], o["unit"]): o for o in manifest["outputs"] if o["kind"] == "briefing"}
    for output in manifest["outputs"]:
        if output["kind"] != "workbook":
            continue
        path = os.path.join(output_root, output["path"])
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != output["sha256"]:
            print(f"{path}: the file's SHA-256 differs from the manifest's")
            return 1
        unit = (output["level"], output["unit"])
        briefing = briefings.get(unit)
        body = open(os.path.join(output_root, briefing["path"]), encoding="utf-8").read() if briefing else None
        for recipient in units.get(unit, []):
            expected[(recipient, sha)] += 1
            details[(recipient, sha)] = (output["unit"], os.path.basename(path), body, output["level"])

    names = sorted(n for n in os.listdir(spool) if n.endswith(".json") and int(n[:4]) > after)
    messages = [read(os.path.join(spool, n[:-5] + ".eml")) for n in names]
    failures = []
    received = collections.Counter()
    for message in messages:
        rcpts = message["envelope"]["rcpt_tos"]
        attachments = message["attachments"]
        if len(rcpts) != 1 or len(attachments) != 1:
            failures.append(f"{message['file']}: {len(rcpts)} recipients, {len(attachments)} attachments")
            continue
        key = (rcpts[0], attachments[0]["sha256"])
        received[key] += 1
        if key not in details:
            failures.append(f"{message['file']}: {rcpts[0]} received {attachments[0]['filename']}, which is not theirs")
            continue
        unit, filename, body, _ = details[key]
        checks = [
            (message["to"], rcpts[0], "To"),
            (message["subject"], f"【驻村工作】{unit}{title}统计报表", "subject"),
            (attachments[0]["filename"], filename, "attachment name"),
            (message["defects"], [], "defects"),
        ]
        if body is not None:
            checks.append((message["body"].replace("\r\n", "\n"), body, "body"))
        for actual, wanted, what in checks:
            if actual != wanted:
                failures.append(f"{message['file']}: {what} is {actual!r}, expected {wanted!r}")
    for key in expected.keys() | received.keys():
        if received[key] != expected[key]:
            unit = details.get(key, ("?",))[0]
            failures.append(f"{key[0]} received the workbook of {unit} {received[key]} times, expected {expected[key]}")
    if failures:
        print("\n".join(failures))
        return 1
    print(f"{len(messages)} messages checked, {len(expected)} expected deliveries")
    for (recipient, sha), count in sorted(received.items()):
        unit, _, _, level = details[(recipient, sha)]
        if level == "sender":
            print(f"sender {unit} -> {recipient} x{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
