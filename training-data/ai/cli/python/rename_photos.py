#!/usr/bin/env python3
# Rename photos to YYYY-MM-DD_HHMMSS.ext using the EXIF capture date.
# Falls back to the file's modification time when there is no EXIF data.
#
# Requires Pillow:  pip install Pillow

import argparse
import os
import sys
from datetime import datetime

from PIL import Image

EXTENSIONS = {".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff"}
EXIF_DATETIME_ORIGINAL = 36867
EXIF_DATETIME = 306


def capture_time(path):
    try:
        with Image.open(path) as img:
            exif = img.getexif()
            # DateTimeOriginal lives in the Exif sub-IFD on most cameras
            sub = exif.get_ifd(0x8769) if hasattr(exif, "get_ifd") else {}
            raw = sub.get(EXIF_DATETIME_ORIGINAL) or exif.get(EXIF_DATETIME)
            if raw:
                return datetime.strptime(raw.strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except Exception:
        pass
    return datetime.fromtimestamp(os.path.getmtime(path))


def unique_name(directory, base, ext, taken):
    candidate = base + ext
    n = 1
    while candidate in taken or os.path.exists(os.path.join(directory, candidate)):
        candidate = f"{base}_{n}{ext}"
        n += 1
    taken.add(candidate)
    return candidate


def plan_renames(directory, fmt):
    taken = set()
    plan = []
    for name in sorted(os.listdir(directory)):
        ext = os.path.splitext(name)[1].lower()
        if ext not in EXTENSIONS:
            continue
        src = os.path.join(directory, name)
        when = capture_time(src)
        base = when.strftime(fmt)
        if name.startswith(base):
            continue  # already renamed
        new = unique_name(directory, base, ext, taken)
        plan.append((src, os.path.join(directory, new)))
    return plan


def main():
    parser = argparse.ArgumentParser(description="Rename photos by capture date")
    parser.add_argument("directory")
    parser.add_argument("--format", default="%Y-%m-%d_%H%M%S",
                        help="strftime pattern for new names (default: %(default)s)")
    parser.add_argument("--apply", action="store_true",
                        help="actually rename; without this only a preview is shown")
    args = parser.parse_args()

    if not os.path.isdir(args.directory):
        sys.exit(f"not a directory: {args.directory}")

    plan = plan_renames(args.directory, args.format)
    if not plan:
        print("Nothing to rename.")
        return

    for src, dst in plan:
        print(f"{os.path.basename(src)} -> {os.path.basename(dst)}")
        if args.apply:
            os.rename(src, dst)

    if not args.apply:
        print(f"\n{len(plan)} files would be renamed. Re-run with --apply to do it.")
    else:
        print(f"\nRenamed {len(plan)} files.")


if __name__ == "__main__":
    main()
