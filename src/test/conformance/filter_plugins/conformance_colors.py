# Filters of the plugin_* conformance cases (a playbook's own filter_plugins/ directory).
from ansible.errors import AnsibleFilterError


def paint(value, color='blue', suffix=''):
    return '%s:%s%s' % (color, value, suffix)


def type_names(value, *args, **kwargs):
    return {'value': type(value).__name__, 'args': [type(a).__name__ for a in args],
            'kwargs': dict((k, type(v).__name__) for k, v in kwargs.items())}


def same(value):
    return value


def refuse(value):
    raise AnsibleFilterError('refusing %s' % value)


def bad_value(value):
    raise ValueError('no good: %r' % (value,))


def bad_type(value):
    return value + 1


def pairs(value):
    return (len(value), value)


def doubled(value):
    return (x * 2 for x in value)


class FilterModule(object):
    def filters(self):
        return {'paint': paint, 'type_names': type_names, 'same': same, 'refuse': refuse,
                'bad_value': bad_value, 'bad_type': bad_type, 'pairs': pairs, 'doubled': doubled}
