from datetime import datetime, timezone
import sqlite3

from flask import Flask, g, jsonify, request, abort

DATABASE = "notes.db"

app = Flask(__name__)


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(app.config.get("DATABASE", DATABASE))
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_db():
    db = get_db()
    db.execute(
        """
        CREATE TABLE IF NOT EXISTS notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            body TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.commit()


def now():
    return datetime.now(timezone.utc).isoformat()


def row_to_dict(row):
    return {key: row[key] for key in row.keys()}


def validate(payload, partial=False):
    if not isinstance(payload, dict):
        abort(400, description="Request body must be a JSON object")
    errors = {}
    if not partial or "title" in payload:
        title = payload.get("title")
        if not isinstance(title, str) or not title.strip():
            errors["title"] = "Title is required"
        elif len(title) > 200:
            errors["title"] = "Title must be at most 200 characters"
    if "body" in payload and not isinstance(payload["body"], str):
        errors["body"] = "Body must be a string"
    if errors:
        response = jsonify({"errors": errors})
        response.status_code = 422
        abort(response)


@app.errorhandler(404)
def not_found(err):
    return jsonify({"error": "Not found"}), 404


@app.errorhandler(400)
def bad_request(err):
    return jsonify({"error": err.description}), 400


@app.get("/notes")
def list_notes():
    limit = min(request.args.get("limit", 20, type=int), 100)
    offset = request.args.get("offset", 0, type=int)
    q = request.args.get("q")
    sql = "SELECT * FROM notes"
    params = []
    if q:
        sql += " WHERE title LIKE ? OR body LIKE ?"
        params += [f"%{q}%", f"%{q}%"]
    sql += " ORDER BY updated_at DESC LIMIT ? OFFSET ?"
    params += [limit, offset]
    rows = get_db().execute(sql, params).fetchall()
    return jsonify([row_to_dict(r) for r in rows])


@app.post("/notes")
def create_note():
    data = request.get_json(silent=True)
    validate(data)
    ts = now()
    db = get_db()
    cur = db.execute(
        "INSERT INTO notes (title, body, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (data["title"].strip(), data.get("body", ""), ts, ts),
    )
    db.commit()
    note = db.execute("SELECT * FROM notes WHERE id = ?", (cur.lastrowid,)).fetchone()
    return jsonify(row_to_dict(note)), 201, {"Location": f"/notes/{cur.lastrowid}"}


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = get_db().execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if note is None:
        abort(404)
    return jsonify(row_to_dict(note))


@app.patch("/notes/<int:note_id>")
def update_note(note_id):
    data = request.get_json(silent=True)
    validate(data, partial=True)
    db = get_db()
    note = db.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()
    if note is None:
        abort(404)
    title = data.get("title", note["title"]).strip()
    body = data.get("body", note["body"])
    db.execute(
        "UPDATE notes SET title = ?, body = ?, updated_at = ? WHERE id = ?",
        (title, body, now(), note_id),
    )
    db.commit()
    return get_note(note_id)


@app.delete("/notes/<int:note_id>")
def delete_note(note_id):
    db = get_db()
    cur = db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    db.commit()
    if cur.rowcount == 0:
        abort(404)
    return "", 204


if __name__ == "__main__":
    with app.app_context():
        init_db()
    app.run(debug=True)
