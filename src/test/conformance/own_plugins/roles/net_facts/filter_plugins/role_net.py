import ipaddress


def broadcast(value):
    return str(ipaddress.ip_network(value, strict=False).broadcast_address)


class FilterModule(object):
    def filters(self):
        return {'broadcast': broadcast}
