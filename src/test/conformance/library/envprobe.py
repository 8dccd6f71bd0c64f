#!/usr/bin/python
# A test module that reports an environment variable, or ends its process abruptly.
import os
import sys

from ansible.module_utils.basic import AnsibleModule


def main():
    module = AnsibleModule(argument_spec=dict(var=dict(type='str', required=True), abort=dict(type='bool', default=False)),
                           supports_check_mode=True)
    if module.params['abort']:
        sys.stdout.write('partial output')
        sys.stdout.flush()
        os._exit(3)
    module.exit_json(changed=False, value=os.environ.get(module.params['var']))


if __name__ == '__main__':
    main()
