#!/usr/bin/env python3
"""A small SMTP server for PatronMail's tests (aiosmtpd), on 127.0.0.1 only.

  smtp_server.py serve --dir DIR [options]   prints "PORT <n>" when listening; stops on SIGTERM/stdin EOF
  smtp_server.py decode FILE.eml             prints the message as JSON, decoded by Python's email package

Every accepted message is saved as DIR/<n>-<uuid>.eml (bytes as received, dot-unstuffed) with a
.json beside it (envelope sender, recipients, AUTH mechanism, TLS). Fault options:
  --tls-cert C --tls-key K   offer STARTTLS with this certificate (--require-starttls: refuse mail before it)
  --implicit-tls             TLS from the first byte instead (port-465 style)
  --auth USER:PASS           require AUTH (PLAIN or LOGIN) with these credentials
  --reject ADDR=REPLY        answer RCPT TO:<ADDR> with REPLY, e.g. "451 4.3.0 Try later" (repeatable)
  --close-after N            close each connection right after its N-th accepted message
  --drop-at K                save the K-th message of the run, then drop the connection without replying
  --no-ehlo                  answer EHLO with 502 (HELO only)
  --greeting REPLY           raw mode: send REPLY as the greeting and close (e.g. "554 5.3.2 No service")
  --silent                   raw mode: accept connections and never say anything
"""
import argparse
import asyncio
import itertools
import json
import os
import signal
import ssl
import sys
import uuid


def decode(path):
    import email
    import email.header
    import email.policy
    import email.utils

    with open(path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)

    raw_msg = email.message_from_bytes(raw, policy=email.policy.compat32)

    def addresses(name):
        # Display names are decoded with the classic decode_header API: Python 3.11's newer header
        # parser (policy.default) wrongly keeps the white space between two adjacent encoded-words
        # in a display name (RFC 2047 section 6.2 says to drop it).
        values = raw_msg.get_all(name) or []
        unfolded = [v.replace("\r\n", "").replace("\n", "") for v in values]
        return [
            {"name": str(email.header.make_header(email.header.decode_header(n))) if n else "", "address": a}
            for n, a in email.utils.getaddresses(unfolded)
        ]

    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    parts = list(msg.walk())
    defects = [str(d) for part in parts for d in part.defects]
    out = {
        "subject": str(msg["subject"]) if msg["subject"] is not None else None,
        "from": addresses("from"),
        "to": addresses("to"),
        "cc": addresses("cc"),
        "reply_to": addresses("reply-to"),
        "message_id": str(msg["message-id"]) if msg["message-id"] is not None else None,
        "date": msg["date"].datetime.isoformat() if msg["date"] is not None else None,
        "mime_version": str(msg["mime-version"]) if msg["mime-version"] is not None else None,
        "content_type": msg.get_content_type(),
        "part_types": [p.get_content_type() for p in parts],
        "transfer_encodings": [str(p["content-transfer-encoding"]) for p in parts if not p.is_multipart()],
        "charsets": [p.get_content_charset() for p in parts if not p.is_multipart()],
        "text": plain.get_content() if plain is not None else None,
        "html": html.get_content() if html is not None else None,
        "headers": {k.lower(): str(v) for k, v in msg.items()},
        "defects": defects,
    }
    json.dump(out, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


class Handler:
    def __init__(self, args):
        self.args = args
        self.rejects = {}
        for item in args.reject:
            address, _, reply = item.partition("=")
            self.rejects[address.lower()] = reply
        self.counter = itertools.count(1)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.rejects.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.delay:
            await asyncio.sleep(self.args.delay)
        number = next(self.counter)
        name = f"{number:06d}-{uuid.uuid4().hex}"
        queue_id = uuid.uuid4().hex[:12].upper()
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "auth_mechanism": getattr(session, "x_mechanism", None),
            "tls": session.ssl is not None,
            "queue_id": queue_id,
            "peer_port": session.peer[1] if session.peer else 0,
            "number": number,
        }
        for suffix, data in ((".json", json.dumps(meta).encode()), (".eml", envelope.original_content)):
            tmp = os.path.join(self.args.dir, "." + name + suffix + ".tmp")
            with open(tmp, "wb") as f:
                f.write(data)
            os.replace(tmp, os.path.join(self.args.dir, name + suffix))
        if self.args.drop_at and number == self.args.drop_at:
            server.transport.abort()
            return "250 2.0.0 never seen by the client"
        session.x_accepted = getattr(session, "x_accepted", 0) + 1
        if self.args.close_after and session.x_accepted >= self.args.close_after:
            asyncio.get_running_loop().call_soon(server.transport.close)
        return f"250 2.0.0 Ok: queued as {queue_id}"


def make_authenticator(args):
    from aiosmtpd.smtp import AuthResult, LoginPassword

    user, _, password = args.auth.partition(":")

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        if ok:
            session.x_mechanism = mechanism
        return AuthResult(success=ok, handled=False)

    return authenticator


async def raw_server(args, ready):
    async def client(reader, writer):
        if args.greeting:
            writer.write(args.greeting.encode() + b"\r\n")
            await writer.drain()
            writer.close()
            return
        try:
            await reader.read()  # silent: never answer
        finally:
            writer.close()

    server = await asyncio.start_server(client, "127.0.0.1", 0)
    ready(server)
    return server


async def smtp_server(args, ready):
    from aiosmtpd.smtp import SMTP

    handler = Handler(args)
    context = None
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)

    class TestSMTP(SMTP):
        async def smtp_EHLO(self, hostname):
            if args.no_ehlo:
                await self.push("502 5.5.2 Command not recognized")
                return
            await super().smtp_EHLO(hostname)

    def factory():
        kwargs = dict(hostname="patronmail-test.local", data_size_limit=10 * 1024 * 1024)
        if context is not None and not args.implicit_tls:
            kwargs.update(tls_context=context, require_starttls=args.require_starttls)
        if args.auth:
            kwargs.update(
                authenticator=make_authenticator(args),
                auth_required=True,
                auth_require_tls=context is not None,
            )
        return TestSMTP(handler, **kwargs)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        factory, "127.0.0.1", args.port, ssl=context if args.implicit_tls else None
    )
    ready(server)
    return server


async def serve(args):
    def ready(server):
        port = server.sockets[0].getsockname()[1]
        print(f"PORT {port}", flush=True)

    if args.greeting or args.silent:
        server = await raw_server(args, ready)
    else:
        os.makedirs(args.dir, exist_ok=True)
        server = await smtp_server(args, ready)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    # A parent's thread may have SIGTERM blocked, and the mask is inherited: unblock it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    # Stop as well when the parent goes away, so that no server outlives its test run.
    parent = os.getppid()

    async def watch_parent():
        while os.getppid() == parent:
            await asyncio.sleep(0.5)
        stop.set()

    watcher = asyncio.ensure_future(watch_parent())
    await stop.wait()
    watcher.cancel()
    server.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--dir")
    s.add_argument("--port", type=int, default=0, help="listen on this port (default: a free one)")
    s.add_argument("--tls-cert")
    s.add_argument("--tls-key")
    s.add_argument("--require-starttls", action="store_true")
    s.add_argument("--implicit-tls", action="store_true")
    s.add_argument("--auth")
    s.add_argument("--reject", action="append", default=[])
    s.add_argument("--close-after", type=int, default=0)
    s.add_argument("--drop-at", type=int, default=0)
    s.add_argument("--no-ehlo", action="store_true")
    s.add_argument("--greeting")
    s.add_argument("--silent", action="store_true")
    s.add_argument("--delay", type=float, default=0.0, help="seconds to wait before accepting each message")
    d = sub.add_parser("decode")
    d.add_argument("file")
    args = parser.parse_args()
    if args.command == "decode":
        decode(args.file)
    else:
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
