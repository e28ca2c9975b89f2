"""Structural diff for nested JSON-like data (dicts, lists and scalars)."""

from collections import namedtuple

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"
TYPE_CHANGED = "type_changed"

Change = namedtuple("Change", ["kind", "path", "old", "new"])

_MISSING = object()


def format_path(path):
    """Render a path tuple as a JSONPath-like string.

    Parameters
    ----------
    path : tuple
        Sequence of dict keys (str) and list indices (int).

    Returns
    -------
    str
        For example ``$.users[2].email``.
    """
    parts = ["$"]
    for step in path:
        if isinstance(step, int):
            parts.append("[%d]" % step)
        else:
            parts.append("." + str(step))
    return "".join(parts)


def diff(old, new, ignore_keys=(), float_tolerance=0.0):
    """Compare two nested structures and list every difference.

    Parameters
    ----------
    old, new : object
        The structures to compare. Only dict, list/tuple and scalar values are
        walked; anything else is compared with ``==``.
    ignore_keys : iterable of str, optional
        Dict keys to skip at any depth (e.g. ``"updated_at"``).
    float_tolerance : float, optional
        Absolute difference under which two floats count as equal.

    Returns
    -------
    list of Change
        Changes in depth-first order. An empty list means the inputs are equal.

    Raises
    ------
    ValueError
        If ``float_tolerance`` is negative.
    """
    if float_tolerance < 0:
        raise ValueError("float_tolerance must be >= 0, got %r" % float_tolerance)
    changes = []
    _walk(old, new, (), frozenset(ignore_keys), float_tolerance, changes)
    return changes


def _walk(old, new, path, ignore, tol, out):
    if isinstance(old, dict) and isinstance(new, dict):
        _walk_dict(old, new, path, ignore, tol, out)
    elif isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        _walk_list(old, new, path, ignore, tol, out)
    elif _is_number(old) and _is_number(new):
        if abs(old - new) > tol:
            out.append(Change(CHANGED, path, old, new))
    elif type(old) is not type(new):
        out.append(Change(TYPE_CHANGED, path, old, new))
    elif old != new:
        out.append(Change(CHANGED, path, old, new))


def _walk_dict(old, new, path, ignore, tol, out):
    for key in sorted(set(old) | set(new), key=str):
        if key in ignore:
            continue
        a = old.get(key, _MISSING)
        b = new.get(key, _MISSING)
        if a is _MISSING:
            out.append(Change(ADDED, path + (key,), None, b))
        elif b is _MISSING:
            out.append(Change(REMOVED, path + (key,), a, None))
        else:
            _walk(a, b, path + (key,), ignore, tol, out)


def _walk_list(old, new, path, ignore, tol, out):
    common = min(len(old), len(new))
    for i in range(common):
        _walk(old[i], new[i], path + (i,), ignore, tol, out)
    for i in range(common, len(old)):
        out.append(Change(REMOVED, path + (i,), old[i], None))
    for i in range(common, len(new)):
        out.append(Change(ADDED, path + (i,), None, new[i]))


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def summarize(changes):
    """Return a human-readable, one-line-per-change report.

    Parameters
    ----------
    changes : list of Change
        Output of :func:`diff`.

    Returns
    -------
    str
    """
    symbols = {ADDED: "+", REMOVED: "-", CHANGED: "~", TYPE_CHANGED: "!"}
    lines = []
    for change in changes:
        where = format_path(change.path)
        if change.kind == ADDED:
            lines.append("%s %s = %r" % (symbols[ADDED], where, change.new))
        elif change.kind == REMOVED:
            lines.append("%s %s (was %r)" % (symbols[REMOVED], where, change.old))
        else:
            lines.append("%s %s: %r -> %r" % (symbols[change.kind], where, change.old, change.new))
    return "\n".join(lines)
