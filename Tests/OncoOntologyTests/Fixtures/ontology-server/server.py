#!/usr/bin/env python3
"""An ontology release server on loopback for the `--ontology https://…` tests.

Usage: server.py FILE. Prints its port on the first line of stdout, then serves until its
standard input closes, it is killed, or 120 seconds have passed.

  /release/<name>.owl   FILE, with an ETag (its sha256) and Last-Modified; 304 when
                        If-None-Match matches
  /down.owl             always 503
  /stats                JSON counts of the answers given so far: {"200": n, "304": n, ...}
  anything else         404
"""
import hashlib
import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BODY = open(sys.argv[1], "rb").read()
ETAG = '"%s"' % hashlib.sha256(BODY).hexdigest()[:20]
LAST_MODIFIED = "Tue, 18 Nov 2025 10:00:00 GMT"
counts = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=()):
        if self.path != "/stats":
            with lock:
                counts[str(status)] = counts.get(str(status), 0) + 1
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.startswith("/release/") and self.path.endswith(".owl"):
            validators = [("ETag", ETAG), ("Last-Modified", LAST_MODIFIED)]
            if self.headers.get("If-None-Match") == ETAG:
                return self.answer(304, headers=validators)
            return self.answer(200, BODY, validators + [("Content-Type", "application/rdf+xml")])
        if self.path == "/down.owl":
            return self.answer(503)
        if self.path == "/stats":
            with lock:
                return self.answer(200, json.dumps(counts, sort_keys=True).encode())
        return self.answer(404)


signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_port, flush=True)


def stop_when_stdin_closes():
    sys.stdin.read()
    server.shutdown()


threading.Thread(target=stop_when_stdin_closes, daemon=True).start()
timer = threading.Timer(120, server.shutdown)
timer.daemon = True
timer.start()
server.serve_forever()
