# Dict transformers of the kind public playbooks keep in filter_plugins/. Two of them reuse names
# that are builtins in Ansible: the playbook's own plugin wins for the short name.
import yaml
from jinja2 import pass_context

from ansible.parsing.yaml.dumper import AnsibleDumper


def dict_to_kv_list(value, key_name='key', value_name='value'):
    return [{key_name: k, value_name: v} for k, v in sorted(value.items())]


def deep_merge(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out


def pick(value, *keys):
    return dict((k, value[k]) for k in keys)


def to_env_lines(value, prefix=''):
    return '\n'.join('%s%s=%s' % (prefix, k.upper(), v) for k, v in sorted(value.items()))


@pass_context
def setting(context, name, default=None):
    """A variable by name, from the template's context (templated as Ansible's context does)."""
    return context.get(name, default)


def count(value, item=None):
    """Occurrences of item in value (the playbook's count, not Jinja's alias of length)."""
    if item is None:
        return len(value)
    return list(value).count(item)


def to_yaml(value, indent=2):
    """Block-style YAML whatever the input, as the playbook's templates expect."""
    return yaml.dump(value, Dumper=AnsibleDumper, default_flow_style=False, indent=indent, sort_keys=True)


class FilterModule(object):
    def filters(self):
        return {
            'dict_to_kv_list': dict_to_kv_list,
            'deep_merge': deep_merge,
            'pick': pick,
            'to_env_lines': to_env_lines,
            'setting': setting,
            'count': count,
            'to_yaml': to_yaml,
        }
