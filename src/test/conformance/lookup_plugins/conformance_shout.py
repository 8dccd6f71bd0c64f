# A lookup of the plugin_* conformance cases (a playbook's own lookup_plugins/ directory).
from ansible.errors import AnsibleError
from ansible.plugins.lookup import LookupBase


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        if kwargs.get('fail'):
            raise AnsibleError('asked to fail')
        suffix = kwargs.get('suffix', '')
        return ['%s%s%s' % (str(t).upper(), suffix, variables.get('shout_tail', '')) for t in terms]
