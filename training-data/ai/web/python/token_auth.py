import base64
import hashlib
import hmac
import json
import os
import time

from aiohttp import web

SECRET = os.environ.get("TOKEN_SECRET", "dev-only-secret").encode()
TTL = 3600
USERS = {}


def hash_password(password, salt=None):
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 200_000)
    return salt.hex() + "$" + dk.hex()


def check_password(password, stored):
    salt_hex, _, dk_hex = stored.partition("$")
    expected = hash_password(password, bytes.fromhex(salt_hex))
    return hmac.compare_digest(expected.split("$")[1], dk_hex)


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_token(username):
    body = b64(json.dumps({"sub": username, "exp": int(time.time()) + TTL}).encode())
    sig = b64(hmac.new(SECRET, body.encode(), hashlib.sha256).digest())
    return body + "." + sig


def verify_token(token):
    try:
        body, sig = token.split(".")
        good = b64(hmac.new(SECRET, body.encode(), hashlib.sha256).digest())
        if not hmac.compare_digest(sig, good):
            return None
        claims = json.loads(unb64(body))
    except (ValueError, json.JSONDecodeError):
        return None
    if claims.get("exp", 0) < time.time():
        return None
    return claims


@web.middleware
async def auth_middleware(request, handler):
    if getattr(handler, "public", False):
        return await handler(request)
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    claims = verify_token(token) if scheme.lower() == "bearer" else None
    if claims is None:
        raise web.HTTPUnauthorized(
            text=json.dumps({"error": "invalid or missing token"}),
            content_type="application/json",
            headers={"WWW-Authenticate": "Bearer"},
        )
    request["user"] = claims["sub"]
    return await handler(request)


def public(fn):
    fn.public = True
    return fn


async def read_credentials(request):
    try:
        data = await request.json()
        return str(data["username"]).strip(), str(data["password"])
    except (json.JSONDecodeError, KeyError, TypeError):
        raise web.HTTPBadRequest(text="expected JSON with username and password")


@public
async def register(request):
    username, password = await read_credentials(request)
    if len(username) < 3 or len(password) < 8:
        raise web.HTTPUnprocessableEntity(text="username >= 3 chars, password >= 8 chars")
    if username in USERS:
        raise web.HTTPConflict(text="username taken")
    USERS[username] = hash_password(password)
    return web.json_response({"username": username}, status=201)


@public
async def login(request):
    username, password = await read_credentials(request)
    stored = USERS.get(username)
    if stored is None or not check_password(password, stored):
        raise web.HTTPUnauthorized(text="bad credentials")
    return web.json_response({"access_token": issue_token(username), "token_type": "bearer", "expires_in": TTL})


async def me(request):
    return web.json_response({"username": request["user"]})


def create_app():
    app = web.Application(middlewares=[auth_middleware])
    app.add_routes([
        web.post("/register", register),
        web.post("/login", login),
        web.get("/me", me),
    ])
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8081)
