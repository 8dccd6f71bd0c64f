#!/usr/bin/python
# WANT_JSON: an old-style module reading its arguments as JSON from the file named by argv[1].
import json
import sys

with open(sys.argv[1]) as f:
    args = json.load(f)
print(json.dumps({'changed': True, 'got': args.get('value'), 'check': args.get('_ansible_check_mode')}))
