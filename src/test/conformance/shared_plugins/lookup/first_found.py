# A configured lookup that replaces the builtin first_found: the first term that is not empty.
from ansible.plugins.lookup import LookupBase


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        return [t for t in terms if t][:1]
