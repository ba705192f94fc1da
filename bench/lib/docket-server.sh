# Shared by bench/prepare-docket and bench/page-latency: the docket's settings and a server started on them.
#   . "$(dirname "$0")/lib/docket-server.sh"
#   docket_env DB           exports the EVIDENCEDESK_* settings for PostgreSQL database DB and the docket's data directory
#   docket_start LOG [HEAP] starts Payara Micro on a free port (sets server_pid, server_url); waits until it is ready
#   docket_stop             stops it (its process only)
# The data directory holds the keys the generator signed with: every server on the docket must use it.

docket_data_dir() { mkdir -p "${BENCH_DOCKET_DIR:-target/bench-docket/data}" && (cd "${BENCH_DOCKET_DIR:-target/bench-docket/data}" && pwd); }

docket_env() {
    local db="$1" variable
    for variable in $(compgen -e | grep '^EVIDENCEDESK_' || true); do unset "$variable"; done
    export EVIDENCEDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" EVIDENCEDESK_DB_USER=postgres EVIDENCEDESK_DB_PASSWORD= \
        EVIDENCEDESK_DATA_DIR="$(docket_data_dir)"
}

server_pid=
server_url=
docket_start() {
    local log="$1" heap="${2:-512m}" port app=target/evidence-desk i
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    export EVIDENCEDESK_HTTP_PORT="$port" EVIDENCEDESK_HEAP="$heap" EVIDENCEDESK_DEMO=true
    # The demo's administrator password is only used if the demo users are created now.
    export EVIDENCEDESK_ADMIN_PASSWORD="${EVIDENCEDESK_ADMIN_PASSWORD:-Bench-$(openssl rand -hex 12)}"
    local java_args
    mapfile -t java_args < <(java -cp "$app/WEB-INF/classes:$app/WEB-INF/lib/*" org.evidencedesk.operations.Launcher target)
    [ "${#java_args[@]}" -gt 0 ] || return 2
    java "${java_args[@]}" > "$log" 2>&1 &
    server_pid=$!
    server_url="http://localhost:$port"
    echo "Starting Payara Micro (pid $server_pid, -Xmx$heap, port $port, data in $EVIDENCEDESK_DATA_DIR) ..."
    for (( i = 0; i < 600; i++ )); do
        if curl -sf -o /dev/null --max-time 2 "$server_url/health/ready"; then return 0; fi
        if ! kill -0 "$server_pid" 2> /dev/null; then
            echo "The server exited during start-up:" >&2; tail -n 40 "$log" >&2; server_pid=; return 1
        fi
        sleep 0.5
    done
    echo "The server did not become ready" >&2
    return 1
}

docket_stop() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
        server_pid=
    fi
}
