"""Flask endpoints for uploading, serving and deleting user avatar images."""

import hashlib
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from werkzeug.exceptions import RequestEntityTooLarge

ALLOWED_TYPES = {
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpg",
    b"GIF87a": "gif",
    b"GIF89a": "gif",
    b"RIFF": "webp",
}
MAX_AVATAR_BYTES = 2 * 1024 * 1024
UPLOAD_DIR_KEY = "AVATAR_DIR"
FIELD_NAME = "avatar"

avatars = Blueprint("avatars", __name__, url_prefix="/users/<int:user_id>/avatar")


def _avatar_dir() -> Path:
    """Return the upload directory from config, creating it if needed."""
    directory = Path(current_app.config.get(UPLOAD_DIR_KEY, "instance/avatars"))
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def detect_extension(head: bytes) -> str | None:
    """Identify an image format from its first bytes.

    The client-supplied filename and Content-Type are not trusted; only the
    file signature ("magic number") is used.

    Args:
        head: At least the first 12 bytes of the uploaded file.

    Returns:
        A file extension such as ``"png"``, or ``None`` if unsupported.
    """
    for signature, ext in ALLOWED_TYPES.items():
        if head.startswith(signature):
            if ext == "webp" and head[8:12] != b"WEBP":
                return None
            return ext
    return None


def _existing_avatar(user_id: int) -> Path | None:
    matches = sorted(_avatar_dir().glob(f"{user_id}-*.*"))
    return matches[0] if matches else None


def _error(message: str, status: int):
    return jsonify({"error": message}), status


@avatars.errorhandler(RequestEntityTooLarge)
def _too_large(_exc):
    return _error(f"avatar must be at most {MAX_AVATAR_BYTES // 1024} KiB", 413)


@avatars.put("")
def upload_avatar(user_id: int):
    """Store a new avatar for ``user_id``, replacing any previous one.

    Expects ``multipart/form-data`` with the image in the ``avatar`` field.

    Returns:
        201 with the avatar URL and content hash, 400/413/415 on bad input.
    """
    upload = request.files.get(FIELD_NAME)
    if upload is None or upload.filename == "":
        return _error(f"missing file field '{FIELD_NAME}'", 400)

    data = upload.stream.read(MAX_AVATAR_BYTES + 1)
    if len(data) > MAX_AVATAR_BYTES:
        raise RequestEntityTooLarge()
    if not data:
        return _error("uploaded file is empty", 400)

    ext = detect_extension(data[:12])
    if ext is None:
        return _error("unsupported image type; use PNG, JPEG, GIF or WebP", 415)

    digest = hashlib.sha256(data).hexdigest()[:16]
    target = _avatar_dir() / f"{user_id}-{digest}.{ext}"
    previous = _existing_avatar(user_id)

    tmp = target.with_suffix(".part")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    if previous is not None and previous != target:
        previous.unlink(missing_ok=True)

    current_app.logger.info("avatar updated for user %s (%d bytes)", user_id, len(data))
    return jsonify({"url": f"/users/{user_id}/avatar", "sha256": digest, "bytes": len(data)}), 201


@avatars.get("")
def get_avatar(user_id: int):
    """Serve the stored avatar with a long cache lifetime (the name is content-hashed)."""
    path = _existing_avatar(user_id)
    if path is None:
        abort(404)
    response = send_from_directory(path.parent, path.name, max_age=86400)
    response.headers["ETag"] = path.stem.split("-", 1)[1]
    return response


@avatars.delete("")
def delete_avatar(user_id: int):
    """Remove the avatar. Returns 204 even if none existed (idempotent)."""
    path = _existing_avatar(user_id)
    if path is not None:
        path.unlink(missing_ok=True)
    return "", 204
