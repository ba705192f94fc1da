# The server's heap sampled by one jstat (its own clock), shared by the benchmarks that print a peak heap.
#   . "$(dirname "$0")/lib/heap.sh"
# heap_sampler_start PID FILE [MS]: starts `jstat -gc PID MS` (default 500) into FILE and waits for its first sample,
# so that the JVM's start (about 0.3 s of processor time) falls before the caller starts its clock, not inside it.
# heap_sampler_stop: stops it (its pid is in heap_sampler; a caller's cleanup may kill it too).
# heap_samples FILE: the samples in MiB, one a line; heap_peak_of FILE: the largest, rounded to a tenth.
# jstat -gc's columns S0U S1U EU OU (KiB) add up to the used heap.

heap_sampler=

heap_sampler_start() {
    : > "$2" # made before the loop reads it: the background job's redirection may not have made it yet
    jstat -gc "$1" "${3:-500}" > "$2" 2> /dev/null &
    heap_sampler=$!
    for _ in $(seq 1 100); do
        [ "$(wc -l < "$2")" -ge 2 ] && return 0
        sleep 0.1
    done
}

heap_sampler_stop() {
    if [ -n "$heap_sampler" ]; then
        kill "$heap_sampler" 2> /dev/null || true
        wait "$heap_sampler" 2> /dev/null || true
        heap_sampler=
    fi
}

heap_samples() {
    awk 'NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i; next }
        $1 ~ /^[0-9.]+$/ { printf "%.1f\n", ($column["S0U"] + $column["S1U"] + $column["EU"] + $column["OU"]) / 1024 }' "$1"
}

heap_peak_of() {
    heap_samples "$1" | sort -n | tail -n 1
}
