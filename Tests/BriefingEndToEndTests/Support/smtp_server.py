"""A real SMTP server on loopback for the mail tests: STARTTLS and AUTH required, every message kept whole.

    /usr/bin/python3 smtp_server.py --port N --cert C --key K --user U --password P --spool DIR

Prints "ready" once it accepts connections. Each accepted message becomes DIR/NNNN.eml (the bytes as
received) and then DIR/NNNN.json (envelope sender and recipients), so a reader that finds the .json finds
the whole message. Stops when its standard input closes, so a test that dies leaves no server behind.
Needs Debian's python3-aiosmtpd, hence Debian's own interpreter.
"""
import argparse
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Spool:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        stem = os.path.join(self.folder, "%04d" % self.count)
        with open(stem + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(stem + ".json.tmp", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "login": session.auth_data.decode() if isinstance(session.auth_data, bytes) else None}, f)
        os.rename(stem + ".json.tmp", stem + ".json")
        return "250 OK"


class Accounts:
    def __init__(self, user, password):
        self.user = user.encode()
        self.password = password.encode()

    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == self.user \
            and auth_data.password == self.password
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)


def main():
    parser = argparse.ArgumentParser()
    for name in ("port", "cert", "key", "user", "password", "spool"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(args.cert, args.key)
    controller = Controller(Spool(args.spool), hostname="127.0.0.1", port=int(args.port),
                            tls_context=tls, require_starttls=True, auth_required=True,
                            auth_require_tls=True, authenticator=Accounts(args.user, args.password))
    controller.start()
    print("ready", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
