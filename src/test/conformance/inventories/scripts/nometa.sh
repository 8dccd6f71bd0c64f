#!/bin/sh
# An inventory script without _meta: host variables come from one --host call per host.
case "$1" in
  --list) echo '{"app": {"hosts": ["app1", "app2"], "vars": {"ansible_connection": "local"}}}' ;;
  --host) printf '{"who": "%s", "n": 1}\n' "$2" ;;
esac
