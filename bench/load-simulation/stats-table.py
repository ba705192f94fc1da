#!/usr/bin/env python3
"""Prints one phase of bench/load as a table: per request kind the count, p50/p95/p99 in ms and the errors.

The kinds stand in the order of --order (a file of names, one a line: the pages file's pages, the API calls), then
the upload's steps and the flood; --tsv also writes the rows tab-separated (name, count, p50, p95, p99, errors) for
the script's result lines.

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


# Around the pages and API calls of --order: logging in first; the downloads, an uploader's steps, the flood last.
FIRST = ["login page", "login"]
LAST = ["item page", "download content", "download receipt", "download token", "upload page", "upload", "register",
        "tsa"]


def order(names):
    ranked = FIRST + [name for name in names if name not in FIRST and name not in LAST] + LAST
    return lambda name: ranked.index(name) if name in ranked else len(ranked)


def number(value):
    return 0 if value in ("-", None) else int(float(value))


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("stats_js")
    arguments.add_argument("--title", default="")
    arguments.add_argument("--limited", type=int, default=0, help="answers 429 from /tsa (counted as not errors)")
    arguments.add_argument("--order", help="a file of request names, one a line, in the order to print them")
    arguments.add_argument("--tsv", help="a file to write the rows to, tab-separated")
    options = arguments.parse_args()
    names = []
    if options.order:
        with open(options.order, encoding="utf-8") as file:
            names = [line.rstrip("\n") for line in file if line.strip()]
    position = order(names)

    report = load(options.stats_js)
    print()
    print(options.title)
    width = max([20] + [len(name) for name in names])
    print(f"{'request kind':<{width}} {'count':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}  note")
    errors = 0
    table = []
    rows = sorted(requests(report), key=lambda row: position(row["stats"]["name"])) + [report]
    for row in rows:
        stats = row["stats"]
        count = number(stats["numberOfRequests"]["total"])
        failed = number(stats["numberOfRequests"]["ko"])
        errors += failed if row is not report else 0
        name = stats["name"] if row is not report else "all requests"
        note = f"{options.limited} limited (429)" if name == "tsa" else ""
        p50, p95, p99 = (number(stats[key]["total"]) for key in ("percentiles1", "percentiles3", "percentiles4"))
        print(f"{name:<{width}} {count:>8} {p50:>8} {p95:>8} {p99:>8} {failed:>7}  {note}")
        table.append((name, count, p50, p95, p99, failed))
    if options.tsv:
        with open(options.tsv, "w", encoding="utf-8") as file:
            for row in table:
                print("\t".join(str(value) for value in row), file=file)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
