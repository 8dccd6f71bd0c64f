#!/usr/bin/python
# A test module from a library/ directory that uses a module_utils file of its own.
from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.greetings import greet


def main():
    module = AnsibleModule(
        argument_spec=dict(
            name=dict(type='str', required=True),
            token=dict(type='str', no_log=True),
            fail=dict(type='bool', default=False),
        ),
        supports_check_mode=True,
    )
    if module.params['fail']:
        module.fail_json(msg='asked to fail for ' + module.params['name'])
    if module.params['name'] == 'warn':
        module.warn('a warning from the module')
    module.exit_json(changed=not module.check_mode, greeting=greet(module.params['name']),
                     check=module.check_mode)


if __name__ == '__main__':
    main()
