#!/bin/sh
# Simulates slicing one run over many hosts: N loopback hosts (local connection, one trivial task),
# run unsliced and as 2, 4 and 8 slices one after another, each slice timed on its own with its peak
# memory (GNU time's maximum resident set size). Prints one line per run:
#   slices  slice  hosts  wall_seconds  max_rss_kib  rc
#
# usage: bench/slice-scale.sh [HOSTS] [SLICE COUNTS...]      (default: 10000 hosts; 1 2 4 8 slices)
# Needs a built jar (mvn package) or JPLAY to point at a jplay command, and /usr/bin/time.
# Slices run one after another, so each wall time is what one pod would take alone.
set -eu
HOSTS=${1:-10000}
[ $# -gt 0 ] && shift
COUNTS=${*:-1 2 4 8}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JPLAY=${JPLAY:-$HERE/bin/jplay}
FORKS=${FORKS:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

{
  echo "[fleet]"
  echo "h[1:$HOSTS]"
  echo "[fleet:vars]"
  echo "ansible_connection=local"
} > "$WORK/inv"
cat > "$WORK/play.yml" <<'PLAY'
- hosts: fleet
  gather_facts: false
  tasks:
    - ping:
PLAY

printf 'slices\tslice\thosts\twall_seconds\tmax_rss_kib\trc\n'
for n in $COUNTS; do
  i=1
  while [ "$i" -le "$n" ]; do
    set +e
    ANSIBLE_STDOUT_CALLBACK=json /usr/bin/time -f '%e %M' -o "$WORK/time" \
      "$JPLAY" -i "$WORK/inv" -f "$FORKS" "$WORK/play.yml" --slice "$i/$n" > "$WORK/result-$n-$i.json"
    rc=$?
    set -e
    ran=$(grep -c '"ok":' "$WORK/result-$n-$i.json" || true)
    read -r wall rss < "$WORK/time"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$i" "$ran" "$wall" "$rss" "$rc"
    i=$((i + 1))
  done
  if [ "$n" -gt 1 ]; then
    "$JPLAY" merge $(i=1; while [ "$i" -le "$n" ]; do printf '%s ' "$WORK/result-$n-$i.json"; i=$((i + 1)); done) \
      > "$WORK/recap-$n" || { echo "merge of $n slices failed" >&2; exit 1; }
    echo "# merged $n slices: $(grep -c ' : ok=' "$WORK/recap-$n") hosts in the recap" >&2
  fi
done
