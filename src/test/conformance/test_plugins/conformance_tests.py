# Tests of the plugin_* conformance cases (a playbook's own test_plugins/ directory).


def even_length(value):
    return len(value) % 2 == 0


def longer_than(value, n):
    return len(value) > n


class TestModule(object):
    def tests(self):
        return {'even_length': even_length, 'longer_than': longer_than}
