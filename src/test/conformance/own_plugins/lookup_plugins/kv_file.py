# Reads key=value files from the files/ search path, as a lookup in many public repositories does.
from ansible.errors import AnsibleError
from ansible.plugins.lookup import LookupBase


class LookupModule(LookupBase):
    def run(self, terms, variables=None, **kwargs):
        ret = []
        for term in terms:
            path = self.find_file_in_search_path(variables, 'files', term)
            if path is None:
                raise AnsibleError('kv_file: could not find %s' % term)
            data = {}
            with open(path) as f:
                for line in f:
                    line = line.strip()
                    if line and not line.startswith('#'):
                        k, v = line.split('=', 1)
                        data[k.strip()] = v.strip()
            ret.append(data)
        return ret
