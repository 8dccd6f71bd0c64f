#!/bin/sh
# Read first (name order): a script source inside an inventory directory.
echo '{"app": {"hosts": ["m_app1"], "vars": {"layer": "script", "ansible_connection": "local"}}, "_meta": {"hostvars": {"m_app1": {"src": "script"}}}}'
