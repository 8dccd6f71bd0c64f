#!/usr/bin/python
# A test module that does not support check mode.
from ansible.module_utils.basic import AnsibleModule


def main():
    module = AnsibleModule(argument_spec=dict(value=dict(type='str')))
    module.exit_json(changed=True, value=module.params['value'])


if __name__ == '__main__':
    main()
