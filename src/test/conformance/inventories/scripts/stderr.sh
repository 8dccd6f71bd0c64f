#!/bin/sh
# A working inventory script that also writes to stderr (shown as an error, not fatal).
echo "using cached data" >&2
echo '{"cached": {"hosts": ["c1"], "vars": {"ansible_connection": "local"}}}'
