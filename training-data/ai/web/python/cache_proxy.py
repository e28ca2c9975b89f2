import hashlib
import threading
import time

import requests
from flask import Flask, Response, abort, request

UPSTREAM = 'https://api.example.com'
TTL = 60
MAX_ITEMS = 500
HOP_HEADERS = {'connection', 'keep-alive', 'transfer-encoding', 'content-encoding',
               'content-length', 'upgrade', 'proxy-authenticate', 'te', 'trailer'}

app = Flask(__name__)
session = requests.Session()
cache = {}
lock = threading.Lock()
stats = {'hit': 0, 'miss': 0, 'error': 0}


def key_for(path, query, accept):
    raw = '%s?%s|%s' % (path, query, accept)
    return hashlib.sha1(raw.encode()).hexdigest()


def get_cached(k):
    with lock:
        item = cache.get(k)
        if item and item[0] > time.time():
            return item
        cache.pop(k, None)
    return None


def put_cached(k, status, headers, body, ttl):
    with lock:
        if len(cache) >= MAX_ITEMS:
            oldest = min(cache, key=lambda x: cache[x][0])
            del cache[oldest]
        cache[k] = (time.time() + ttl, status, headers, body)


def ttl_from(headers):
    cc = headers.get('Cache-Control', '')
    if 'no-store' in cc or 'private' in cc:
        return 0
    for part in cc.split(','):
        name, _, val = part.strip().partition('=')
        if name == 'max-age' and val.isdigit():
            return min(int(val), TTL)
    return TTL


@app.route('/proxy/<path:path>', methods=['GET'])
def proxy(path):
    qs = request.query_string.decode()
    k = key_for(path, qs, request.headers.get('Accept', ''))
    hit = get_cached(k)
    if hit and 'no-cache' not in request.headers.get('Cache-Control', ''):
        stats['hit'] += 1
        _, status, headers, body = hit
        resp = Response(body, status=status, headers=headers)
        resp.headers['X-Cache'] = 'HIT'
        return resp

    stats['miss'] += 1
    try:
        up = session.get('%s/%s' % (UPSTREAM, path), params=request.args,
                         headers={'Accept': request.headers.get('Accept', '*/*')}, timeout=10)
    except requests.RequestException as e:
        stats['error'] += 1
        app.logger.warning('upstream error for %s: %s', path, e)
        abort(502)

    headers = [(h, v) for h, v in up.headers.items() if h.lower() not in HOP_HEADERS]
    ttl = ttl_from(up.headers)
    if up.status_code == 200 and ttl > 0:
        put_cached(k, up.status_code, headers, up.content, ttl)
    resp = Response(up.content, status=up.status_code, headers=headers)
    resp.headers['X-Cache'] = 'MISS'
    return resp


@app.route('/_cache', methods=['GET', 'DELETE'])
def cache_admin():
    if request.method == 'DELETE':
        with lock:
            n = len(cache)
            cache.clear()
        return {'cleared': n}
    with lock:
        size = len(cache)
    return dict(stats, size=size)


if __name__ == '__main__':
    app.run(port=5001)
