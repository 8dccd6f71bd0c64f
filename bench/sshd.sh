#!/bin/sh
# A standalone OpenSSH sshd on 127.0.0.1-16 for the benchmark (bench/run), with its own config, host
# key, client key and authorized_keys in DIR, for the test user jplaytest.
#
#   bench/sshd.sh start DIR   starts sshd; prints "PORT KEYFILE" (KEYFILE = DIR/client_key)
#   bench/sshd.sh stop DIR    stops that sshd (by the PID it recorded) and its session processes
#
# sshd logs at VERBOSE to DIR/sshd.log: one "Starting session:" line per exec / sftp channel, which
# bench/run counts. SSHD_LISTEN overrides the addresses it listens on (space-separated; at most 16,
# sshd's limit), e.g. 0.0.0.0 inside a network namespace that has only its loopback device
# (bench/slice-scale.sh). With BENCH_CGROUP set to a cgroup v2 directory, sshd joins it before it
# listens, so every session and every process it starts (detached async jobs included) is accounted
# there (bench/run reads its cpu.stat: the target side's CPU, apart from anything else on the machine).
# Needs root (sshd binds as root and switches to jplaytest); if jplaytest is
# missing, it runs .ci/test-host-setup.sh (root-only host preparation) to create it.
set -eu

SSHD=${SSHD:-/usr/sbin/sshd}
USER_NAME=${BENCH_USER:-jplaytest}
LISTEN=${SSHD_LISTEN:-$(seq -f '127.0.0.%g' 1 16)}

die() { echo "sshd.sh: $*" >&2; exit 1; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# every descendant of $1 (children first found, deepest last)
descendants() {
    for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$c"
        descendants "$c"
    done
}

start() {
    dir=$1
    [ "$(id -u)" -eq 0 ] || die "must run as root"
    [ -x "$SSHD" ] || die "$SSHD not found (apt-get install openssh-server)"
    if ! id "$USER_NAME" >/dev/null 2>&1; then
        setup="$(cd "$(dirname "$0")/.." && pwd)/.ci/test-host-setup.sh"
        [ "$USER_NAME" = jplaytest ] && [ -x "$setup" ] || die "user $USER_NAME is missing"
        echo "sshd.sh: creating the test user with $setup" >&2
        "$setup" >&2
    fi
    mkdir -p "$dir" /run/sshd
    chmod 0755 "$dir" /run/sshd
    [ -f "$dir/host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C jplay-bench-host -f "$dir/host_ed25519"
    if [ ! -f "$dir/client_key" ]; then
        ssh-keygen -q -t ed25519 -N '' -C jplay-bench -f "$dir/client_key"
        cp "$dir/client_key.pub" "$dir/authorized_keys"
    fi
    # sshd reads authorized_keys as the user
    chmod 0644 "$dir/authorized_keys"
    port=$(free_port)
    cat > "$dir/sshd_config" <<EOF
Port $port
$(for a in $LISTEN; do echo "ListenAddress $a"; done)
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
AllowUsers $USER_NAME
UsePAM no
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin no
MaxSessions 100
MaxStartups 200:30:400
LogLevel VERBOSE
Subsystem sftp internal-sftp
EOF
    "$SSHD" -t -f "$dir/sshd_config" || die "config check failed"
    # foreground (-D) in the background of this script, so $! is sshd's own PID; the shell in front
    # joins the cgroup and then becomes sshd (exec), before it accepts any connection
    sh -c 'if [ -n "$1" ]; then echo $$ > "$1/cgroup.procs" || exit 1; fi; shift; exec "$@"' jplay-bench \
        "${BENCH_CGROUP:-}" "$SSHD" -D -e -f "$dir/sshd_config" > "$dir/sshd.log" 2>&1 &
    echo $! > "$dir/sshd.bench.pid"
    i=0
    while ! grep -q "Server listening" "$dir/sshd.log" 2>/dev/null; do
        i=$((i + 1))
        if [ $i -gt 100 ] || ! kill -0 "$(cat "$dir/sshd.bench.pid")" 2>/dev/null; then
            cat "$dir/sshd.log" >&2
            die "sshd did not start"
        fi
        sleep 0.05
    done
    echo "$port $dir/client_key"
}

stop() {
    dir=$1
    [ -f "$dir/sshd.bench.pid" ] || exit 0
    pid=$(cat "$dir/sshd.bench.pid")
    if kill -0 "$pid" 2>/dev/null; then
        # the listener's children are the per-connection sshd processes (and their sessions)
        kids=$(descendants "$pid")
        kill "$pid" 2>/dev/null || true
        for k in $kids; do kill "$k" 2>/dev/null || true; done
        i=0
        while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/sshd.bench.pid"
}

[ $# -eq 2 ] || die "usage: $0 start|stop DIR"
case $1 in
    start) start "$2" ;;
    stop) stop "$2" ;;
    *) die "usage: $0 start|stop DIR" ;;
esac
