#!/usr/bin/python
# A test module printing text around its JSON result, as a noisy module or login script might.
import json
import sys

print('noise before the result')
print(json.dumps({'changed': False, 'answer': 42}))
print('noise after the result')
sys.exit(0)
