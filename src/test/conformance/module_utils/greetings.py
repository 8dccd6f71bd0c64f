# module_utils next to the playbook extend ansible.module_utils
from ansible.module_utils.common.text.converters import to_text


def greet(name):
    return to_text('hello ') + to_text(name)
