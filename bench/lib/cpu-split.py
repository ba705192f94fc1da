#!/usr/bin/env python3
"""Where the processor went during a benchmark's phase, from /proc (Linux).

    cpu-split.py snapshot SERVER_PID FILE     writes the counters now to FILE (JSON)
    cpu-split.py report BEFORE AFTER          prints the split between two snapshots

The split: the machine's busy time; the server's, by thread kind (request threads, the uploads' hashing threads, the
JIT compiler, the garbage collector, the rest), with the threads that ended during the phase (each upload's two
hashing threads end with it) as a kind of their own; PostgreSQL's processes (those alive at the phase's end); and
everything else (the load generator,
curl, the system). Figures are CPU seconds over the phase's wall time.
"""
import json
import os
import re
import sys

TICKS = os.sysconf("SC_CLK_TCK")
KINDS = [("requests", re.compile(r"^http-thread-poo")), ("hashing", re.compile(r"^(sha256|sm3)-digest")),
         ("JIT compiler", re.compile(r"^C[12] CompilerThre")), ("garbage collector", re.compile(r"^(GC Thread|G1 )"))]


def cpu_of(stat_path):
    """The name, utime + stime in seconds, and the start time (which tells a reused id from the first) of one
    /proc/.../stat; None if it is gone."""
    try:
        with open(stat_path) as stat:
            text = stat.read()
    except OSError:
        return None
    name = text[text.index("(") + 1:text.rindex(")")]
    fields = text[text.rindex(")") + 2:].split()  # fields[0] is field 3 of proc(5)
    return name, (int(fields[11]) + int(fields[12])) / TICKS, fields[19]


def snapshot(server_pid, path):
    with open("/proc/stat") as stat:
        cpu = [int(value) for value in stat.readline().split()[1:]]
    busy = (sum(cpu[:8]) - cpu[3] - cpu[4]) / TICKS  # all but idle and iowait
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    threads = {}
    for tid in os.listdir(f"/proc/{server_pid}/task"):
        found = cpu_of(f"/proc/{server_pid}/task/{tid}/stat")
        if found:
            threads[f"{tid}@{found[2]}"] = found[:2]
    postgres = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        found = cpu_of(f"/proc/{pid}/stat")
        if found and found[0] == "postgres":
            postgres[f"{pid}@{found[2]}"] = found[1]
    server = cpu_of(f"/proc/{server_pid}/stat")[1]
    with open(path, "w") as out:
        json.dump({"now": now, "busy": busy, "cores": os.cpu_count(), "server": server, "threads": threads,
                   "postgres": postgres}, out)


def kind(name):
    return next((label for label, pattern in KINDS if pattern.match(name)), "other")


def report(before_path, after_path):
    with open(before_path) as f:
        before = json.load(f)
    with open(after_path) as f:
        after = json.load(f)
    wall = after["now"] - before["now"]
    busy = after["busy"] - before["busy"]
    server = after["server"] - before["server"]
    postgres = sum(seconds - before["postgres"].get(process, 0.0) for process, seconds in after["postgres"].items())
    split = {label: 0.0 for label, _ in KINDS}
    split["other"] = 0.0
    for thread, (name, seconds) in after["threads"].items():
        earlier = before["threads"].get(thread)
        split[kind(name)] += seconds - (earlier[1] if earlier else 0.0)
    ended = max(server - sum(split.values()), 0.0)
    parts = ", ".join(f"{label} {seconds:.0f}" for label, seconds in split.items())
    print(f"CPU seconds over {wall:.0f} s of wall time on {after['cores']} cores ({wall * after['cores']:.0f} s):"
          f" the machine busy {busy:.0f}")
    print(f"  server {server:.0f}: {parts}, threads that ended during the phase (each upload's two hashing threads;"
          f" idle pool and compiler threads the JVM let go) {ended:.0f}")
    print(f"  PostgreSQL {postgres:.0f} (its processes that ended during the phase are not counted); everything else"
          f" (the load generator, curl, the system) {max(busy - server - postgres, 0.0):.0f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "snapshot":
        snapshot(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
