#!/usr/bin/env python3
"""A FHIR-like test server on loopback for FHIRServerReaderTests.

Prints its port on the first line of stdout, then serves until its standard input closes, it
is killed, or 120 seconds have passed. Every path but /open/ needs `Authorization: Bearer s3cret`.

  /fhir/Patient          two pages (2 + 1 patients) linked by `next`
  /fhir/Observation      429, then 503, then a page with a variant and an Observation without subject
  /fhir/Loop             a page whose `next` link is itself
  /fhir/Down             always 500
  /fhir/<other>          404
"""
import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

observation_requests = 0
lock = threading.Lock()


def bundle(resources, next_url=None):
    doc = {"resourceType": "Bundle", "type": "searchset",
           "entry": [{"fullUrl": "urn:uuid:%s" % r["id"], "resource": r} for r in resources]}
    doc["link"] = [{"relation": "self", "url": "self"}]
    if next_url:
        doc["link"].append({"relation": "next", "url": next_url})
    return doc


VARIANT = {
    "resourceType": "Observation", "id": "var-1", "subject": {"reference": "Patient/p1"},
    "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]},
    "component": [
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
         "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org/geneId", "code": "HGNC:6407", "display": "KRAS"}]}},
        {"code": {"coding": [{"system": "http://loinc.org", "code": "48005-3"}]},
         "valueCodeableConcept": {"coding": [{"code": "p.Gly12Cys"}]}},
    ],
}
NO_SUBJECT = {"resourceType": "Observation", "id": "var-2",
              "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]}}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, status, doc=None):
        body = json.dumps(doc or {"resourceType": "OperationOutcome"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        global observation_requests
        base = "http://127.0.0.1:%d/fhir" % self.server.server_port
        if self.headers.get("Authorization") != "Bearer s3cret":
            return self.send(401)
        if self.path == "/fhir/Patient":
            return self.send(200, bundle([{"resourceType": "Patient", "id": "p1", "gender": "male"},
                                          {"resourceType": "Patient", "id": "p2"}], base + "/Patient?page=2"))
        if self.path == "/fhir/Patient?page=2":
            return self.send(200, bundle([{"resourceType": "Patient", "id": "p3", "birthDate": "1970-05"}]))
        if self.path == "/fhir/Observation":
            with lock:
                observation_requests += 1
                count = observation_requests
            if count == 1:
                return self.send(429)
            if count == 2:
                return self.send(503)
            return self.send(200, bundle([VARIANT, NO_SUBJECT]))
        if self.path == "/fhir/Loop":
            return self.send(200, bundle([], base + "/Loop"))
        if self.path == "/fhir/Down":
            return self.send(500)
        return self.send(404)


# A parent may have blocked SIGTERM; take it back so `terminate()` works.
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
