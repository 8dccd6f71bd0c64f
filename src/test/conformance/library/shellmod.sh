#!/bin/sh
# A non-Python module: old style, its arguments come as k=v words in the file named by $1.
. "$1"
printf '{"changed": false, "msg": "from sh", "who": "%s"}\n' "$who"
