from ansible.utils.unsafe_proxy import AnsibleUnsafe


def unsafe_kinds(v):
    """What a plugin sees: 'unsafe' for AnsibleUnsafe values, else the plain type (str for any text)."""
    if isinstance(v, dict):
        return dict((str(k), unsafe_kinds(x)) for k, x in v.items())
    if isinstance(v, (list, tuple)):
        return [unsafe_kinds(x) for x in v]
    if isinstance(v, AnsibleUnsafe):
        return 'unsafe'
    return 'str' if isinstance(v, str) else type(v).__name__


class FilterModule(object):
    def filters(self):
        return {'unsafe_kinds': unsafe_kinds}
