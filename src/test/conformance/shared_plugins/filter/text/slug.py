# A team's shared filters, found through ANSIBLE_FILTER_PLUGINS (one level below the configured path).
import re


def slugify(value, sep='-'):
    return re.sub(r'[^a-z0-9]+', sep, value.lower()).strip(sep)


def split(value, sep=None, maxsplit=-1):
    """str.split that also drops empty fields (the team's split, not Ansible's)."""
    return [part for part in value.split(sep, maxsplit) if part]


class FilterModule(object):
    def filters(self):
        return {'slugify': slugify, 'split': split}
