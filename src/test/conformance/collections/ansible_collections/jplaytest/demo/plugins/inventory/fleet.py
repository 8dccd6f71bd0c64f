from ansible.plugins.inventory import BaseInventoryPlugin, Constructable

DOCUMENTATION = '''
    name: fleet
    short_description: hosts from a count
    options:
      plugin:
        description: token
        required: true
        choices: ['jplaytest.demo.fleet']
      count:
        description: how many
        type: int
        default: 2
      prefix:
        description: name prefix
        default: node
    extends_documentation_fragment:
      - constructed
'''


class InventoryModule(BaseInventoryPlugin, Constructable):
    NAME = 'fleet'

    def verify_file(self, path):
        return super(InventoryModule, self).verify_file(path) and path.endswith(('.yml', '.yaml'))

    def parse(self, inventory, loader, path, cache=True):
        super(InventoryModule, self).parse(inventory, loader, path, cache)
        self._read_config_data(path)
        group = self.inventory.add_group('fleet')
        self.inventory.set_variable(group, 'fleet_size', self.get_option('count'))
        for i in range(self.get_option('count')):
            name = '%s%d' % (self.get_option('prefix'), i)
            self.inventory.add_host(name, group='fleet')
            self.inventory.set_variable(name, 'idx', i)
            self.inventory.set_variable(name, 'ansible_connection', 'local')
            self.inventory.set_variable(name, 'tags', {'even': i % 2 == 0, 'names': [name, 'x']})
            hv = self.inventory.get_host(name).get_vars()
            self._set_composite_vars(self.get_option('compose'), hv, name, strict=True)
            self._add_host_to_composed_groups(self.get_option('groups'), hv, name, strict=True)
            self._add_host_to_keyed_groups(self.get_option('keyed_groups'), hv, name, strict=True)
