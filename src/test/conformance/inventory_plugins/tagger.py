from ansible.errors import AnsibleParserError
from ansible.plugins.inventory import BaseInventoryPlugin

DOCUMENTATION = '''
    name: tagger
    short_description: tags existing hosts
    options:
      plugin:
        description: token
        required: true
        choices: ['tagger', 'local.tagger']
      fail:
        description: raise
        type: bool
        default: false
'''


class InventoryModule(BaseInventoryPlugin):
    NAME = 'tagger'

    def verify_file(self, path):
        return path.endswith('.tag.yml')

    def parse(self, inventory, loader, path, cache=True):
        super(InventoryModule, self).parse(inventory, loader, path, cache)
        self._read_config_data(path)
        if self.get_option('fail'):
            raise AnsibleParserError('tagger was told to fail')
        self.inventory.add_group('seen')
        self.inventory.add_child('all', 'seen')
        for name in sorted(self.inventory.hosts):
            h = self.inventory.get_host(name)
            self.inventory.add_child('seen', name)
            self.inventory.set_variable(name, 'seen_role', h.vars.get('role', 'none') + '!')
            self.inventory.set_variable(name, 'groups_before', sorted(g.name for g in h.get_groups()))
        self.inventory.set_variable('web', 'web_tagged', True)
        self.inventory.add_group('bad-name')
        self.display.warning('tagger saw %d hosts' % len(self.inventory.hosts))
