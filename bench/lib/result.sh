# Shared by every benchmark in bench/: one line per measured figure, for bench/all's table.
#   . "$(dirname "$0")/lib/result.sh"
#   bench_result BENCHMARK MEASURE FIGURE FLOOR RATIO TARGET MET [PEAK_HEAP]
# BENCHMARK  the command's name (cold-start, ingest-throughput, ...)
# MEASURE    what was measured, e.g. "2 GiB through the page" or "p95 /cases/list.xhtml, 50+10 users"
# FIGURE     the figure with its unit, e.g. "13.22 s" or "142 ms" or "3,412 tokens/s"
# FLOOR      the floor or peer with its unit and name, e.g. "10.20 s (sha256sum+sm3+cp)" or "-" when the target is absolute
# RATIO      e.g. "1.30x", or "-" when the target is absolute
# TARGET     e.g. "<= 1.2x" or "< 150 ms" or ">= 3,000/s"
# MET        yes or no (the script decides; never blank)
# PEAK_HEAP  the server's peak used heap during the measurement, e.g. "226 MiB", or "-"
# Prints the line as "RESULT | ... |" on stdout and, when BENCH_RESULTS names a file, appends it tab-separated there.
bench_result() {
    local benchmark="$1" measure="$2" figure="$3" floor="$4" ratio="$5" target="$6" met="$7" heap="${8:--}"
    case "$met" in yes|no) ;; *) echo "bench_result: MET is yes or no, not '$met'" >&2; return 2 ;; esac
    printf 'RESULT | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
        "$benchmark" "$measure" "$figure" "$floor" "$ratio" "$target" "$met" "$heap"
    if [ -n "${BENCH_RESULTS:-}" ]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
            "$benchmark" "$measure" "$figure" "$floor" "$ratio" "$target" "$met" "$heap" >> "$BENCH_RESULTS"
    fi
}

# True (exit 0) when a <= b for decimal numbers: bench_le 1.13 1.2
bench_le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 <= b + 0) }'; }
# yes when a <= b, else no
bench_met_le() { if bench_le "$1" "$2"; then echo yes; else echo no; fi; }
# yes when a >= b, else no
bench_met_ge() { if bench_le "$2" "$1"; then echo yes; else echo no; fi; }
