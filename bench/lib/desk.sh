# Shared by bench/bundle-export and bench/large-case: an installation of their own (H2, demo users, heap 512 MiB),
# started and stopped with ./run, a login, and the server's heap sampled with jstat.
#   . "$(dirname "$0")/lib/desk.sh"
# Set before use: work (the installation's directory, made absolute by desk_workdir) and port; desk_start sets server
# (its pid) and base (its URL).

. "$(dirname "${BASH_SOURCE[0]}")/heap.sh"

# desk_workdir DIR: DIR as an absolute path (it need not exist yet). The data directory and the floor's zip are named
# from it, so BENCH_DIR may be given either way: "$PWD/$work" made an absolute BENCH_DIR into a data directory under
# the repository, while the floors read the stored files at the absolute path.
desk_workdir() {
    realpath -m -- "$1"
}

desk_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Builds the war, the verify command and the generator (src/bench/java, compiled with the tests) if one is missing.
desk_build() {
    if [ ! -d target/evidence-desk ] || [ ! -f target/evidence-desk-verify.jar ] \
            || [ ! -f target/test-classes/org/evidencedesk/bench/EvidenceGenerator.class ]; then
        mvn -q -B -DskipUnitTests=true package
    fi
}

# desk_start NAME: starts the server on $port with data in $work/data, log in $work/server-NAME.log, and waits for the
# login page (not /health/ready, which can answer before the application is deployed).
desk_start() {
    export EVIDENCEDESK_DATA_DIR="$work/data" EVIDENCEDESK_HTTP_PORT=$port EVIDENCEDESK_DEMO=true EVIDENCEDESK_HEAP=512m
    base="http://127.0.0.1:$port"
    # Its own process group, so that stopping it stops Payara and nothing else.
    setsid ./run --no-build > "$work/server-$1.log" 2>&1 &
    server=$!
    # BENCH_START_SECONDS (600): a loaded machine took more than 5 minutes to deploy with 10,000 items in the database.
    for _ in $(seq 1 "${BENCH_START_SECONDS:-600}"); do
        if curl -sf -o /dev/null "$base/login.xhtml"; then return 0; fi
        if ! kill -0 "$server" 2> /dev/null; then echo "The server did not start: see $work/server-$1.log" >&2; exit 1; fi
        sleep 1
    done
    echo "The server did not answer within ${BENCH_START_SECONDS:-600} s (BENCH_START_SECONDS)" >&2
    exit 1
}

desk_stop() {
    desk_heap_stop > /dev/null
    if [ -n "${server:-}" ] && kill -0 "$server" 2> /dev/null; then
        kill -- -"$server" 2> /dev/null || kill "$server"
        wait "$server" 2> /dev/null || true
    fi
    server=
}

# The Java process of the server: ./run execs java or starts it as a child.
desk_java_pid() {
    local pid
    pid=$(pgrep -g "$server" java 2> /dev/null | head -1 || true)
    echo "${pid:-$server}"
}

# Samples the server's heap every 0.2 s into $work/jstat until desk_heap_stop (bench/lib/heap.sh: one jstat, started
# before the caller's clock). A new jstat every 0.2 s, as before, started a JVM each time, about 0.28 s of processor
# time: more than one of the 2 cores, taken from the server it measured.
desk_heap_start() {
    heap_sampler_start "$(desk_java_pid)" "$work/jstat" 200
}

# Stops sampling and prints the peak used heap in MiB (0 when nothing was sampled).
desk_heap_stop() {
    heap_sampler_stop
    # No samples (desk_stop after a start that sampled nothing, such as the first start) is a peak of 0, not a failure:
    # under set -e a failed test here ended the whole benchmark silently after its first start.
    local peak=
    if [ -s "$work/jstat" ]; then
        peak=$(heap_peak_of "$work/jstat")
    fi
    echo "${peak:-0}"
}

# desk_no_request_errors NAME: stops the benchmark if the server's log NAME holds a request error, a failure the
# answers may not show: the custody entry of a 10,000-item export failed after its last byte had gone out.
desk_no_request_errors() {
    if grep -q "Request error" "$work/server-$1.log"; then
        grep "Request error" "$work/server-$1.log" | head -3 | cut -c1-600 >&2
        echo "The server logged request errors: see $work/server-$1.log" >&2
        exit 1
    fi
}

# desk_login USER JAR: logs in with the demo password, cookies in JAR, posting the form's view state and script nonce
# as the page's script does (a post without the nonce is refused before it runs).
desk_login() {
    local page view_state nonce status headers="$work/login-headers"
    page=$(curl -s -c "$2" -b "$2" -D "$headers" "$base/login.xhtml")
    view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed -E 's/.*value="([^"]*)"/\1/')
    nonce=$(grep -i '^content-security-policy:' "$headers" | grep -o "'nonce-[^']*'" | head -n 1 | sed "s/'nonce-//; s/'//")
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -b "$2" --data-urlencode "login=login" \
        --data-urlencode "login:username=$1" --data-urlencode "login:password=Demo-Evidence-2026" \
        --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$view_state" \
        --data-urlencode "primefaces.nonce=$nonce" "$base/login.xhtml")
    if [ "$status" != 302 ]; then echo "Login as $1 failed (answer $status)" >&2; exit 1; fi
}

# desk_floors BLOBS: times `zip -0 -r` + `sha256sum` and `sha256sum` alone over the stored files, into zip_s and sum_s.
desk_floors() {
    local blobs="$1" start
    start=$(date +%s.%N)
    ( cd "$blobs" && zip -0 -r -q "$work/floor.zip" . && find . -type f -print0 | xargs -0 sha256sum > /dev/null )
    zip_s=$(desk_seconds "$start" "$(date +%s.%N)")
    rm -f "$work/floor.zip"
    start=$(date +%s.%N)
    find "$blobs" -type f -print0 | xargs -0 sha256sum > /dev/null
    sum_s=$(desk_seconds "$start" "$(date +%s.%N)")
}

desk_seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
desk_ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
