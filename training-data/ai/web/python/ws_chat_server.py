import asyncio
import json
import logging
import time

from aiohttp import WSMsgType, web

log = logging.getLogger('chat')
MAX_MSG = 2000
HISTORY = 50


def rooms(app):
    return app['rooms']


async def broadcast(app, room, payload, skip=None):
    data = json.dumps(payload)
    dead = []
    for ws in list(rooms(app).get(room, ())):
        if ws is skip:
            continue
        try:
            await ws.send_str(data)
        except ConnectionResetError:
            dead.append(ws)
    for ws in dead:
        rooms(app)[room].discard(ws)


async def ws_handler(request):
    room = request.match_info['room']
    name = request.query.get('name', '').strip()[:32]
    if not name:
        raise web.HTTPBadRequest(text='name query parameter required')

    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)

    app = request.app
    members = rooms(app).setdefault(room, set())
    members.add(ws)
    hist = app['history'].setdefault(room, [])
    await ws.send_str(json.dumps({'type': 'history', 'messages': hist}))
    await broadcast(app, room, {'type': 'join', 'name': name}, skip=ws)
    log.info('%s joined %s (%d online)', name, room, len(members))

    try:
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                text = msg.data.strip()
                if not text:
                    continue
                if len(text) > MAX_MSG:
                    await ws.send_str(json.dumps({'type': 'error', 'error': 'message too long'}))
                    continue
                m = {'type': 'message', 'name': name, 'text': text, 'ts': time.time()}
                hist.append(m)
                del hist[:-HISTORY]
                await broadcast(app, room, m)
            elif msg.type == WSMsgType.ERROR:
                log.warning('ws error: %s', ws.exception())
    finally:
        members.discard(ws)
        if not members:
            rooms(app).pop(room, None)
        await broadcast(app, room, {'type': 'leave', 'name': name})
        log.info('%s left %s', name, room)
    return ws


async def room_list(request):
    return web.json_response({r: len(m) for r, m in rooms(request.app).items()})


async def on_shutdown(app):
    for members in list(rooms(app).values()):
        for ws in list(members):
            await ws.close(code=1001, message=b'server shutdown')


def make_app():
    app = web.Application()
    app['rooms'] = {}
    app['history'] = {}
    app.router.add_get('/rooms', room_list)
    app.router.add_get('/ws/{room}', ws_handler)
    app.on_shutdown.append(on_shutdown)
    return app


if __name__ == '__main__':
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8080)
