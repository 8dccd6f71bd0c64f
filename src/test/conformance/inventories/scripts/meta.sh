#!/bin/sh
# An inventory script with _meta: groups as lists, as mappings with children and vars, and the
# shorthand of a mapping without hosts/vars/children (a group holding one host of its name).
if [ "$1" = "--list" ]; then
  cat <<'JSON'
{
  "all": {"vars": {"ansible_connection": "local", "from_all": "yes"}},
  "web": {"hosts": ["web1", "web2"], "vars": {"tier": "front", "port": 8080}, "children": ["db"]},
  "db": ["db1"],
  "solo": {"size": 3},
  "_meta": {"hostvars": {"web1": {"weight": 10, "tags": ["a", "b"]}, "db1": {"engine": "pg"}}}
}
JSON
else
  echo "--host must not be called when _meta is present" >&2
  exit 1
fi
