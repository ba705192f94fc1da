#!/usr/bin/env python3
"""Prints one phase of bench/load as a table: per request kind the count, p50/p95/p99 in ms and the errors.

Reads the statistics Gatling's HTML report keeps in js/stats.js (a JavaScript object literal: `var stats = {...}`,
keys partly unquoted), with the percentiles Gatling was configured for (50, 75, 95 and 99 by default: the
report's percentiles1, 3 and 4). Exits 1 when any request failed, so that the script can fail loudly.
"""
import argparse
import json
import re
import sys


def object_literal(text):
    """The text of the `var stats = {...}` object, its braces matched outside strings."""
    start = text.index("{", text.index("var stats"))
    depth, quoted, escaped = 0, False, False
    for position in range(start, len(text)):
        character = text[position]
        if quoted:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                quoted = False
        elif character == '"':
            quoted = True
        elif character == "{":
            depth += 1
        elif character == "}":
            depth -= 1
            if depth == 0:
                return text[start:position + 1]
    raise ValueError("stats.js: the stats object does not close")


def load(path):
    with open(path, encoding="utf-8") as file:
        literal = object_literal(file.read())
    # Keys Gatling writes unquoted (type, name, path, pathFormatted, stats, contents) stand first on their line.
    return json.loads(re.sub(r'(?m)^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:', r'\1"\2":', literal))


def requests(node):
    """Every request of the report, groups walked through, in the report's order."""
    for child in node.get("contents", {}).values():
        if child.get("type") == "REQUEST":
            yield child
        else:
            yield from requests(child)


# The kinds in the order a reader follows them: a browsing user's steps, an uploader's, the flood.
ORDER = ["login page", "login", "case list", "search", "case page", "item page", "download content",
         "download receipt", "download token", "upload page", "upload", "register", "tsa"]


def position(name):
    return ORDER.index(name) if name in ORDER else len(ORDER)


def number(value):
    return 0 if value in ("-", None) else int(float(value))


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("stats_js")
    arguments.add_argument("--title", default="")
    arguments.add_argument("--limited", type=int, default=0, help="answers 429 from /tsa (counted as not errors)")
    options = arguments.parse_args()

    report = load(options.stats_js)
    print()
    print(options.title)
    print(f"{'request kind':<20} {'count':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}  note")
    errors = 0
    rows = sorted(requests(report), key=lambda row: position(row["stats"]["name"])) + [report]
    for row in rows:
        stats = row["stats"]
        count = number(stats["numberOfRequests"]["total"])
        failed = number(stats["numberOfRequests"]["ko"])
        errors += failed if row is not report else 0
        name = stats["name"] if row is not report else "all requests"
        note = f"{options.limited} limited (429)" if name == "tsa" else ""
        print(f"{name:<20} {count:>8} {number(stats['percentiles1']['total']):>8} "
              f"{number(stats['percentiles3']['total']):>8} {number(stats['percentiles4']['total']):>8} "
              f"{failed:>7}  {note}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
