import json
import os
import shutil
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

START = time.time()
COUNTS: dict[str, int] = {}
LOCK = threading.Lock()


def bump(key: str) -> None:
    with LOCK:
        COUNTS[key] = COUNTS.get(key, 0) + 1


def load_average() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return []


def snapshot(path: str) -> dict:
    usage = shutil.disk_usage(path)
    with LOCK:
        requests = dict(COUNTS)
    return {
        "uptime_seconds": round(time.time() - START, 1),
        "pid": os.getpid(),
        "load": load_average(),
        "disk": {"path": path, "total": usage.total, "used": usage.used, "free": usage.free},
        "requests": requests,
    }


def prometheus(data: dict) -> str:
    lines = [
        f"app_uptime_seconds {data['uptime_seconds']}",
        f"app_disk_free_bytes{{path=\"{data['disk']['path']}\"}} {data['disk']['free']}",
    ]
    for i, v in zip((1, 5, 15), data["load"]):
        lines.append(f"app_load{i} {v}")
    for route, n in sorted(data["requests"].items()):
        lines.append(f"app_requests_total{{route=\"{route}\"}} {n}")
    return "\n".join(lines) + "\n"


class Handler(BaseHTTPRequestHandler):
    server_version = "metrics/0.1"

    def send(self, status: HTTPStatus, body: str, ctype: str = "application/json") -> None:
        raw = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(raw)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(raw)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        bump(url.path)
        if url.path == "/healthz":
            self.send(HTTPStatus.OK, json.dumps({"status": "ok"}))
        elif url.path == "/metrics":
            data = snapshot(parse_qs(url.query).get("path", ["/"])[0])
            if parse_qs(url.query).get("format") == ["json"]:
                self.send(HTTPStatus.OK, json.dumps(data, indent=2))
            else:
                self.send(HTTPStatus.OK, prometheus(data), "text/plain; version=0.0.4")
        else:
            self.send(HTTPStatus.NOT_FOUND, json.dumps({"error": "not found", "path": url.path}))

    do_HEAD = do_GET

    def log_message(self, fmt: str, *args) -> None:
        if os.environ.get("METRICS_QUIET") != "1":
            super().log_message(fmt, *args)


def serve(host: str = "127.0.0.1", port: int = 9100) -> None:
    httpd = ThreadingHTTPServer((host, port), Handler)
    print(f"serving on http://{host}:{port}")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    serve(os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "9100")))
