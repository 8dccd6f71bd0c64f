# An env lookup with a default, as playbooks carried before Ansible's own took one: it replaces the
# builtin env lookup for the short name.
import os

from ansible.plugins.lookup import LookupBase


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        ret = []
        for term in terms:
            name, _, default = term.partition(':')
            ret.append(os.environ.get(name, default))
        return ret
