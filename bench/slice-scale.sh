#!/bin/sh
# Simulates slicing one run over many hosts: N hosts, each its own loopback address (127.0.0.2,
# 127.0.0.3, ... up to 127.x.y.z) and so its own SSH connection, one trivial task (ping). Runs them
# unsliced and as 2, 4 and 8 slices one after another, each slice timed on its own with its peak
# memory (GNU time's maximum resident set size), the controller's CPU time (user + system) and the
# machine's load when it ended. Prints one line per run:
#   slices  slice  hosts  wall_seconds  max_rss_kib  rc  load1  cpu_seconds
# ("slices 1" is the unsliced run, without --slice.)
#
# usage: bench/slice-scale.sh [HOSTS] [SLICE COUNTS...]      (default: 10000 hosts; 1 2 4 8 slices)
# Needs a built jar (mvn package) or JPLAY to point at a jplay command, and /usr/bin/time.
# Slices run one after another, so each wall time is what one pod would take alone.
#
# CONNECTION=ssh (the default) needs root and OpenSSH's sshd: the script re-runs itself in a new
# network namespace (unshare --net) whose only device is its loopback, starts a private sshd there
# (bench/sshd.sh) listening on every address of it, so 127.0.0.0/8 reaches it from this namespace
# only, and stops it at the end. CONNECTION=local runs the hosts with the local connection instead
# (no sshd; the module runs on the controller).
set -eu
HOSTS=${1:-10000}
[ $# -gt 0 ] && shift
COUNTS=${*:-1 2 4 8}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JPLAY=${JPLAY:-$HERE/bin/jplay}
FORKS=${FORKS:-50}
CONNECTION=${CONNECTION:-ssh}

if [ "$CONNECTION" = ssh ] && [ -z "${SLICE_SCALE_NETNS:-}" ]; then
    [ "$(id -u)" -eq 0 ] || { echo "slice-scale.sh: CONNECTION=ssh needs root (or use CONNECTION=local)" >&2; exit 1; }
    SLICE_SCALE_NETNS=1 exec unshare --net "$0" "$HOSTS" $COUNTS
fi

WORK=$(mktemp -d)
# sshd reads authorized_keys in it as the test user
chmod 0755 "$WORK"
cleanup() {
    [ "$CONNECTION" = ssh ] && "$HERE/bench/sshd.sh" stop "$WORK/sshd"
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the n-th host's loopback address, from 127.0.0.2 on (n = 1 .. 16,777,213)
address() {
    a=$(($1 + 1))
    echo "127.$((a / 65536)).$((a / 256 % 256)).$((a % 256))"
}

if [ "$CONNECTION" = ssh ]; then
    ip link set lo up
    set -- $(SSHD_LISTEN=0.0.0.0 "$HERE/bench/sshd.sh" start "$WORK/sshd")
    port=$1 key=$2
    {
        echo "[fleet]"
        i=1
        while [ "$i" -le "$HOSTS" ]; do
            echo "h$i ansible_host=$(address "$i")"
            i=$((i + 1))
        done
        echo "[fleet:vars]"
        echo "ansible_port=$port"
        echo "ansible_user=${BENCH_USER:-jplaytest}"
        echo "ansible_ssh_private_key_file=$key"
    } > "$WORK/inv"
    export ANSIBLE_HOST_KEY_CHECKING=False
else
    {
        echo "[fleet]"
        echo "h[1:$HOSTS]"
        echo "[fleet:vars]"
        echo "ansible_connection=local"
    } > "$WORK/inv"
fi
cat > "$WORK/play.yml" <<'PLAY'
- hosts: fleet
  gather_facts: false
  tasks:
    - ping:
PLAY

printf 'slices\tslice\thosts\twall_seconds\tmax_rss_kib\trc\tload1\tcpu_seconds\n'
for n in $COUNTS; do
    i=1
    while [ "$i" -le "$n" ]; do
        if [ "$n" -eq 1 ]; then slice=""; else slice="--slice $i/$n"; fi
        set +e
        # shellcheck disable=SC2086
        ANSIBLE_STDOUT_CALLBACK=json /usr/bin/time -f '%e %M %U %S' -o "$WORK/time" \
            "$JPLAY" -i "$WORK/inv" -f "$FORKS" "$WORK/play.yml" $slice > "$WORK/result-$n-$i.json"
        rc=$?
        set -e
        # one '"ok": N' line per host in the stats (results print "ping": "pong" instead)
        ran=$(grep -c '"ok": [0-9]' "$WORK/result-$n-$i.json" || true)
        read -r wall rss user sys < "$WORK/time"
        read -r load _ < /proc/loadavg
        cpu=$(awk "BEGIN { print $user + $sys }")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$ran" "$wall" "$rss" "$rc" "$load" "$cpu"
        i=$((i + 1))
    done
    if [ "$n" -gt 1 ]; then
        set +e
        "$JPLAY" merge $(i=1; while [ "$i" -le "$n" ]; do printf '%s ' "$WORK/result-$n-$i.json"; i=$((i + 1)); done) \
            > "$WORK/recap-$n"
        rc=$?
        set -e
        # 0, or 2/4 when a host failed or was unreachable; anything else is a failed merge
        case $rc in 0|2|4) ;; *) echo "merge of $n slices failed ($rc)" >&2; exit 1 ;; esac
        echo "# merged $n slices: $(grep -c ' : ok=' "$WORK/recap-$n") hosts in the recap, exit code $rc" >&2
    fi
done
