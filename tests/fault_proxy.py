#!/usr/bin/env python3
"""TEST FIXTURE for tests/e2e_faults.rs — not part of glue-tui. A fault-injecting HTTP/1.1 proxy on loopback.

    python tests/fault_proxy.py --upstream 127.0.0.1:5000 --fault throttle --every 3 --stats-file S

It listens on 127.0.0.1 only (a random port unless --port), forwards each request verbatim to the upstream (a moto
server on 127.0.0.1) and relays the answer, except that every Nth request (numbered from 1, counting only those
after --after) gets a fault instead:

  throttle   HTTP 400, x-amzn-ErrorType ThrottlingException, {"__type":"ThrottlingException","message":"Rate exceeded"}
  500        HTTP 500, x-amzn-ErrorType InternalServiceException
  reset      the request is read, then the socket is closed with SO_LINGER 0 (the client sees a TCP RST)
  stall      the request is read and never answered; the socket is held until the client gives up
  slow       forwarded, and the answer sent after --delay seconds
  truncated  forwarded, the answer's headers keep the full body's Content-Length, half the body is sent, then the
             connection is closed (the body ends before its Content-Length)
  short      forwarded, half the body is sent with a Content-Length that matches it (a valid HTTP answer whose
             JSON is cut short)

Faulting stops for good once --stop-file exists, or after --max-faults faults.

Bounded: it exits after --max-requests requests, after --max-seconds seconds, when its parent process goes away,
and when the test kills it by PID. Once listening it prints `listening on 127.0.0.1:PORT` on stdout (then nothing
more there). After each request it rewrites --stats-file (atomically) as JSON:
{"requests": n, "faulted": n, "forwarded": n, "targets": {"AWSGlue.GetConnections": n}}.
Log lines go to stderr.
"""

import argparse
import http.client
import json
import os
import socket
import struct
import sys
import threading
import time

FAULTS = ("none", "throttle", "500", "reset", "stall", "slow", "truncated", "short")


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


class Stats:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        self.requests = 0
        self.faulted = 0
        self.forwarded = 0
        self.targets = {}

    def write(self):
        if not self.path:
            return
        data = {
            "requests": self.requests,
            "faulted": self.faulted,
            "forwarded": self.forwarded,
            "targets": self.targets,
        }
        tmp = f"{self.path}.tmp"
        with open(tmp, "w") as f:
            json.dump(data, f)
        os.replace(tmp, self.path)


def read_request(sock, buf):
    """One request off a keep-alive connection: (head bytes, headers dict lower-cased, body, rest) or None at EOF."""
    while b"\r\n\r\n" not in buf:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        buf += chunk
    head, rest = buf.split(b"\r\n\r\n", 1)
    lines = head.decode("iso-8859-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raise ValueError("chunked request bodies are not supported by this fixture")
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return lines, headers, rest[:length], rest[length:]


def forward(upstream, lines, body):
    """Sends the request to the upstream on a fresh connection; returns (status, reason, headers, body)."""
    method, target, _version = lines[0].split(" ", 2)
    host, port = upstream.rsplit(":", 1)
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        conn.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
        for line in lines[1:]:
            if ":" not in line:
                continue
            k, v = line.split(":", 1)
            if k.strip().lower() in ("connection", "keep-alive", "proxy-connection"):
                continue
            conn.putheader(k.strip(), v.strip())
        conn.endheaders(body if body else None)
        resp = conn.getresponse()
        data = resp.read()
        headers = [
            (k, v)
            for k, v in resp.getheaders()
            if k.lower() not in ("transfer-encoding", "connection", "content-length", "keep-alive")
        ]
        return resp.status, resp.reason, headers, data
    finally:
        conn.close()


def answer(status, reason, headers, body, length=None):
    length = len(body) if length is None else length
    out = [f"HTTP/1.1 {status} {reason}"]
    out += [f"{k}: {v}" for k, v in headers]
    out.append(f"Content-Length: {length}")
    return ("\r\n".join(out) + "\r\n\r\n").encode("iso-8859-1")


def error_answer(status, reason, code, message):
    body = json.dumps({"__type": code, "message": message}).encode()
    headers = [
        ("Content-Type", "application/x-amz-json-1.1"),
        ("x-amzn-ErrorType", code),
        ("x-amzn-RequestId", "fault-proxy"),
    ]
    return answer(status, reason, headers, body) + body


class Proxy:
    def __init__(self, args):
        self.args = args
        self.stats = Stats(args.stats_file)
        self.seen = 0  # requests after --after, for --every
        self.stopped_faulting = False
        self.done = threading.Event()

    def choose(self, headers):
        """Counts the request and says which fault it gets ('none': forwarded as it is)."""
        a = self.args
        with self.stats.lock:
            self.stats.requests += 1
            n = self.stats.requests
            target = headers.get("x-amz-target", "?")
            self.stats.targets[target] = self.stats.targets.get(target, 0) + 1
            fault = "none"
            if a.stop_file and os.path.exists(a.stop_file):
                self.stopped_faulting = True
            if a.max_faults is not None and self.stats.faulted >= a.max_faults:
                self.stopped_faulting = True
            if n > a.after and not self.stopped_faulting and a.fault != "none":
                self.seen += 1
                if self.seen % a.every == 0:
                    fault = a.fault
            if fault == "none":
                self.stats.forwarded += 1
            else:
                self.stats.faulted += 1
            self.stats.write()
            if n >= a.max_requests:
                log(f"max requests ({a.max_requests}) reached")
                self.done.set()
            return n, target, fault

    def serve(self, sock):
        buf = b""
        try:
            while not self.done.is_set():
                req = read_request(sock, buf)
                if req is None:
                    return
                lines, headers, body, buf = req
                n, target, fault = self.choose(headers)
                log(f"#{n} {target} fault={fault}")
                if fault == "throttle":
                    sock.sendall(
                        error_answer(400, "Bad Request", "ThrottlingException", "Rate exceeded")
                    )
                elif fault == "500":
                    sock.sendall(
                        error_answer(
                            500,
                            "Internal Server Error",
                            "InternalServiceException",
                            "Internal service error (injected by the test's fault proxy)",
                        )
                    )
                elif fault == "reset":
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                elif fault == "stall":
                    # Never answer; wait for the client to give up (EOF or reset) or the proxy to end.
                    sock.settimeout(1.0)
                    while not self.done.is_set():
                        try:
                            if not sock.recv(65536):
                                return
                        except socket.timeout:
                            continue
                    return
                else:
                    status, reason, rheaders, rbody = forward(self.args.upstream, lines, body)
                    if fault == "slow":
                        time.sleep(self.args.delay)
                    if fault == "truncated":
                        half = rbody[: len(rbody) // 2]
                        sock.sendall(answer(status, reason, rheaders, half, len(rbody)) + half)
                        return
                    if fault == "short":
                        half = rbody[: len(rbody) // 2]
                        sock.sendall(answer(status, reason, rheaders, half) + half)
                    else:
                        sock.sendall(answer(status, reason, rheaders, rbody) + rbody)
        except (OSError, ValueError) as e:
            log(f"connection ended: {e}")
        finally:
            try:
                sock.close()
            except OSError:
                pass

    def run(self):
        a = self.args
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", a.port))
        listener.listen(64)
        listener.settimeout(0.2)
        self.stats.write()
        print(f"listening on 127.0.0.1:{listener.getsockname()[1]}", flush=True)
        parent = os.getppid()
        deadline = time.monotonic() + a.max_seconds
        while not self.done.is_set():
            if time.monotonic() > deadline:
                log(f"max seconds ({a.max_seconds}) reached")
                break
            if os.getppid() != parent:
                log("parent went away")
                break
            try:
                sock, _ = listener.accept()
            except socket.timeout:
                continue
            sock.settimeout(None)
            threading.Thread(target=self.serve, args=(sock,), daemon=True).start()
        self.done.set()
        listener.close()
        # Give a request in flight a moment to be answered, then end every held connection with the process.
        time.sleep(0.2)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--upstream", required=True, help="HOST:PORT of the server to forward to (loopback only)")
    p.add_argument("--port", type=int, default=0, help="port to listen on (default: any free one)")
    p.add_argument("--fault", choices=FAULTS, default="none")
    p.add_argument("--every", type=int, default=3, help="fault every Nth request (1: every one)")
    p.add_argument("--after", type=int, default=0, help="never fault the first K requests")
    p.add_argument("--delay", type=float, default=2.0, help="seconds a `slow` answer waits")
    p.add_argument("--max-faults", type=int, default=None, help="stop faulting after this many faults")
    p.add_argument("--stop-file", default=None, help="stop faulting once this file exists")
    p.add_argument("--stats-file", default=None)
    p.add_argument("--max-requests", type=int, default=5000)
    p.add_argument("--max-seconds", type=float, default=300.0)
    args = p.parse_args()
    host = args.upstream.rsplit(":", 1)[0]
    if host not in ("127.0.0.1", "localhost", "::1"):
        p.error("the upstream must be on loopback")
    if args.every < 1:
        p.error("--every must be at least 1")
    Proxy(args).run()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
