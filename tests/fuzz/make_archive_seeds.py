#!/usr/bin/env python3
"""Writes the seed archives of FuzzProjectArchive into corpus/archive/ (each under 4 KiB).

Run it from anywhere: python3 tests/fuzz/make_archive_seeds.py. The seeds cover what the reader
must handle: a plain platform project, a BotVault export with a manifest, a Git-host ZIP with one
top-level folder, stored entries with folder entries, a data descriptor, and two hostile archives
(a symbolic link, a path with '..') for the mutator to start from.
"""
import io
import json
import os
import stat
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "archive")
FIXED_TIME = (2024, 1, 1, 0, 0, 0)

CHATBOT_YAML = b"name: shop\ninjector:\n  secrets: [API_KEY]\n  variables: [GREETING]\n"
MAIN_JS = b'const key = $secrets.get("API_KEY");\nconst hi = $env.get("GREETING", "Hello");\n'


def entry(archive, name, data=b"", compress=zipfile.ZIP_DEFLATED, mode=0o100644):
    info = zipfile.ZipInfo(name, FIXED_TIME)
    info.compress_type = compress
    info.create_system = 3
    info.external_attr = mode << 16
    archive.writestr(info, data)


class Stream:
    """A write-only file: zipfile cannot seek back, so it writes data descriptors."""

    def __init__(self):
        self.buffer = io.BytesIO()

    def write(self, data):
        return self.buffer.write(data)

    def flush(self):
        pass


def write(name, build, streamed=False):
    stream = Stream() if streamed else None
    buffer = stream.buffer if streamed else io.BytesIO()
    with zipfile.ZipFile(stream or buffer, "w") as archive:
        build(archive)
    data = buffer.getvalue()
    assert len(data) < 4096, (name, len(data))
    with open(os.path.join(OUT, name), "wb") as seed:
        seed.write(data)


def manifest():
    return json.dumps({
        "format": "botvault-project",
        "version": 1,
        "project": {"name": "Магазин"},
        "variables": [{"name": "GREETING", "value": "Hello,\nworld"}, {"name": "CITY", "value": "Москва"}],
        "secrets": [{"name": "API_KEY"}],
    }, ensure_ascii=False, indent=2).encode("utf-8")


def plain(archive):
    entry(archive, "chatbot.yaml", CHATBOT_YAML)
    entry(archive, "src/main.js", MAIN_JS)
    entry(archive, "test/test.xml", b"<test-case><q>hi</q><a>Hello</a></test-case>\n")


def export(archive):
    entry(archive, "botvault/project.json", manifest())
    entry(archive, "chatbot.yaml", CHATBOT_YAML)
    entry(archive, "src/main.js", MAIN_JS)


def git_host(archive):
    entry(archive, "shop-main/", compress=zipfile.ZIP_STORED, mode=0o40755)
    entry(archive, "shop-main/chatbot.yaml", CHATBOT_YAML)
    entry(archive, "shop-main/src/main.js", MAIN_JS)


def stored_with_folders(archive):
    entry(archive, "src/", compress=zipfile.ZIP_STORED, mode=0o40755)
    entry(archive, "src/lib/", compress=zipfile.ZIP_STORED, mode=0o40755)
    entry(archive, "src/lib/util.js", b"export const x = 1;\n", zipfile.ZIP_STORED)
    entry(archive, "chatbot.yaml", CHATBOT_YAML, zipfile.ZIP_STORED)
    entry(archive, "descriptor.json", b'{"botEngine": "v2"}\n', zipfile.ZIP_STORED)


def data_descriptor(archive):
    entry(archive, "chatbot.yaml", CHATBOT_YAML)
    entry(archive, "src/main.js", MAIN_JS)


def symlink(archive):
    entry(archive, "chatbot.yaml", CHATBOT_YAML)
    entry(archive, "src/link.js", b"../../etc/passwd", zipfile.ZIP_STORED, stat.S_IFLNK | 0o777)


def dot_dot(archive):
    entry(archive, "chatbot.yaml", CHATBOT_YAML)
    entry(archive, "../outside.js", MAIN_JS)


def main():
    os.makedirs(OUT, exist_ok=True)
    write("plain-project.zip", plain)
    write("botvault-export.zip", export)
    write("git-host-folder.zip", git_host)
    write("stored-with-folders.zip", stored_with_folders)
    write("data-descriptor.zip", data_descriptor, streamed=True)
    write("symlink.zip", symlink)
    write("dot-dot.zip", dot_dot)


if __name__ == "__main__":
    main()
