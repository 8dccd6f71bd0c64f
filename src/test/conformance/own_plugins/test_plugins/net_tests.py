import ipaddress


def in_network(value, network):
    return ipaddress.ip_address(value) in ipaddress.ip_network(network, strict=False)


def private_ip(value):
    return ipaddress.ip_address(value).is_private


def truthy(value):
    """Configuration-style truth: 'yes', 'on', 'true' and '1' (any case), or a true non-string."""
    if isinstance(value, str):
        return value.strip().lower() in ('yes', 'on', 'true', '1')
    return bool(value)


class TestModule(object):
    def tests(self):
        return {'in_network': in_network, 'private_ip': private_ip, 'truthy': truthy}
