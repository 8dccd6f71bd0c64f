# A collection's lookup plugin (jplaytest.demo.reversed_words): each term's words in reverse order.
from ansible.plugins.lookup import LookupBase


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        return [' '.join(reversed(str(t).split())) for t in terms]
