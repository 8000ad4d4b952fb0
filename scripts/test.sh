#!/usr/bin/env bash
# Runs dyad's whole test suite on this machine, as CI does:
#  1. installs what the tests need when it is missing (as root, with apt-get): Chromium for
#     the dashboard test, PostgreSQL for the store tests;
#  2. starts a throwaway PostgreSQL server on 127.0.0.1 (removed on exit) and exports
#     DYAD_TEST_POSTGRES_URL so that the store suite runs against it as well as SQLite;
#  3. builds and runs the Swift Testing suites (extra arguments go to `swift test`).
set -euo pipefail
cd "$(dirname "$0")/.."

postgres_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
[ -n "$(postgres_bin)" ] && [ -x "$(postgres_bin)/initdb" ] || missing+=(postgresql)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        echo "test.sh: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
    fi
fi

bin="$(postgres_bin)"
if [ -n "$bin" ] && [ -x "$bin/initdb" ]; then
    data="$(mktemp -d /tmp/dyad-test-pg.XXXXXX)"
    # A port the system says is free (a random one if python3 is missing).
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $(( 20000 + RANDOM % 20000 )))
    as_owner=()
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$data"
        as_owner=(runuser -u postgres --)
    fi
    "${as_owner[@]}" "$bin/initdb" -D "$data" -A trust -U postgres >/dev/null
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data" start >/dev/null
    trap '"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
    export DYAD_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
    echo "test.sh: PostgreSQL on 127.0.0.1:$port"
fi

swift build --build-tests
swift test --skip-build "$@"
