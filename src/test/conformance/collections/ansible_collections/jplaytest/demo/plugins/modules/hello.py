#!/usr/bin/python
# A collection module using its collection's module_utils through a relative import.
from ansible.module_utils.basic import AnsibleModule
from ..module_utils.words import shout
from ansible_collections.jplaytest.demo.plugins.module_utils import words


def main():
    module = AnsibleModule(argument_spec=dict(who=dict(type='str', default='world')), supports_check_mode=True)
    module.exit_json(changed=False, message=shout('hello ' + module.params['who']), same=words.shout('x'))


if __name__ == '__main__':
    main()
