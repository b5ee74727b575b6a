"""Reads mail as a recipient's client would, with Python's email package, independently of the Swift code.

    /usr/bin/python3 read_mail.py PATH...

Each PATH is a .eml file or a folder of them (as smtp_server.py writes: NNNN.eml beside NNNN.json with the
envelope). Prints one JSON list, a message per entry: envelope, decoded headers, text body, attachments
(decoded file name, type, size, SHA-256), and the longest line and whether every line ends in CRLF.
"""
import email
import email.policy
import hashlib
import json
import os
import sys


def read(path):
    raw = open(path, "rb").read()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    envelope_path = path[:-4] + ".json"
    envelope = json.load(open(envelope_path)) if os.path.exists(envelope_path) else None
    body = message.get_body(preferencelist=("plain",))
    lines = raw.split(b"\r\n")
    return {
        "file": path,
        "envelope": envelope,
        "from": str(message["From"]),
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        "date": str(message["Date"]),
        "defects": [type(d).__name__ for d in message.defects],
        "body": body.get_content() if body is not None else None,
        "attachments": [{
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "size": len(part.get_payload(decode=True)),
            "sha256": hashlib.sha256(part.get_payload(decode=True)).hexdigest(),
        } for part in message.iter_attachments()],
        "longest_line": max(len(line) for line in lines),
        "crlf_only": b"\n" not in b"".join(lines) and b"\r" not in b"".join(lines),
        "ascii_only": all(b < 128 for b in raw),
    }


def main():
    paths = []
    for argument in sys.argv[1:]:
        if os.path.isdir(argument):
            paths += sorted(os.path.join(argument, name) for name in os.listdir(argument) if name.endswith(".eml"))
        else:
            paths.append(argument)
    json.dump([read(path) for path in paths], sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
