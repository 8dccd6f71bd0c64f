# ipaddr-style helpers, as many playbooks carry them instead of depending on ansible.utils.
import ipaddress

from ansible.errors import AnsibleFilterError
from ansible.module_utils.six import string_types


def _network(value, name):
    if not isinstance(value, string_types):
        raise AnsibleFilterError('%s: expected a network in CIDR notation, got %r' % (name, value))
    try:
        return ipaddress.ip_network(value, strict=False)
    except ValueError as e:
        raise AnsibleFilterError('%s: %s' % (name, e))


def cidr_netmask(value):
    return str(_network(value, 'cidr_netmask').netmask)


def network_address(value):
    return str(_network(value, 'network_address').network_address)


def nth_host(value, n):
    net = _network(value, 'nth_host')
    hosts = list(net.hosts())
    if n >= len(hosts):
        raise AnsibleFilterError('nth_host: %s has only %d hosts' % (value, len(hosts)))
    return str(hosts[n])


def ipaddr(value, query=''):
    """A small part of ipaddr(): '', 'address', 'prefix', 'network', 'netmask', 'version'."""
    try:
        iface = ipaddress.ip_interface(value)
    except ValueError:
        return False
    answers = {
        '': value,
        'address': str(iface.ip),
        'prefix': iface.network.prefixlen,
        'network': str(iface.network.network_address),
        'netmask': str(iface.netmask),
        'version': iface.version,
    }
    if query not in answers:
        raise AnsibleFilterError('Unknown ipaddr query: %s' % query)
    return answers[query]


class FilterModule(object):
    def filters(self):
        return {
            'cidr_netmask': cidr_netmask,
            'network_address': network_address,
            'nth_host': nth_host,
            'ipaddr': ipaddr,
        }
