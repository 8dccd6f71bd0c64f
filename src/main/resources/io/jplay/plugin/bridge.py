# jplay's plugin bridge: runs the controller's Python filter, test and lookup plugins for jplay.
#
# One request per line on stdin, one answer per line on the protocol stream (the process's
# original stdout; anything plugins print goes to stderr). Every line is a JSON object.
#   {"op": "dirs", "dirs": [["filter", "/path/filter_plugins"], ...]}
#   {"op": "call", "kind": "filter"|"test"|"lookup", "name": "...", "args": [...], "kwargs": {...},
#    "vars": ["name", ...], "basedir": "..."}
#    ("vars": null for a filter or test: a context's variable names are asked for if it lists them)
#   {"op": "names", "kind": "filter"|"test"}: the short names defined outside ansible-core
# Answers: {"ok": value, "warnings": [...]} or {"err": kind, "msg": "...", ...}; while a plugin runs,
# the bridge may ask for a variable with {"var": "name"}, jplay answering {"value": v} or {"missing": true},
# or for the variables' names with {"varnames": true}, jplay answering {"value": [...]}.
# Values are JSON; a dict with the key "__jplay__" is a tagged value: undefined, unsafe, tuple, or
# a mapping whose keys are not all strings ("items").
import json
import os
import sys
import traceback
import types

TAG = '__jplay__'


class Bridge(object):
    def __init__(self, out):
        self.out = out
        self.inp = sys.stdin
        self.loaders = None
        self.found = {}
        self.warnings = []
        self.pending_dirs = []
        self.lookup_env = None

    # ---- values ----
    def decode(self, obj):
        tag = obj.get(TAG) if len(obj) <= 3 else None
        if tag is None:
            return obj
        if tag == 'undef':
            from ansible.template import AnsibleUndefined
            return AnsibleUndefined(hint=obj.get('msg'), name=obj.get('name'))
        if tag == 'unsafe':
            from ansible.utils.unsafe_proxy import wrap_var
            return wrap_var(obj['v'])
        if tag == 'tuple':
            return tuple(obj['v'])
        if tag == 'items':
            return dict((self.hashable(k), v) for k, v in obj['v'])
        return obj

    @staticmethod
    def hashable(key):
        return tuple(key) if isinstance(key, list) else key

    def encode(self, v):
        if v is None or v is True or v is False:
            return v
        t = type(v)
        if t is str or t is int or t is float:
            return v
        if self.is_undefined(v):
            return {TAG: 'undef', 'msg': self.undefined_message(v)}
        if isinstance(v, str):
            if type(v).__name__ == 'AnsibleUnsafeText':
                return {TAG: 'unsafe', 'v': str(v)}
            return str(v)
        if isinstance(v, bool):
            return bool(v)
        if isinstance(v, int):
            return int(v)
        if isinstance(v, float):
            return float(v)
        if isinstance(v, bytes):
            text = v.decode('utf-8', 'surrogateescape')
            return {TAG: 'unsafe', 'v': text} if type(v).__name__ == 'AnsibleUnsafeBytes' else text
        if isinstance(v, dict) or hasattr(v, 'items') and hasattr(v, 'keys'):
            items = list(v.items())
            if all(type(k) is str and k != TAG for k, _ in items):
                return dict((k, self.encode(x)) for k, x in items)
            return {TAG: 'items', 'v': [[self.encode(k), self.encode(x)] for k, x in items]}
        if isinstance(v, tuple):
            return {TAG: 'tuple', 'v': [self.encode(x) for x in v]}
        if isinstance(v, (list, set, frozenset)):
            return [self.encode(x) for x in v]
        if isinstance(v, (types.GeneratorType, map, filter, range)) or hasattr(v, '__next__'):
            return [self.encode(x) for x in v]
        return str(v)

    @staticmethod
    def is_undefined(v):
        undefined = sys.modules.get('jinja2')
        return undefined is not None and isinstance(v, undefined.Undefined)

    @staticmethod
    def undefined_message(v):
        try:
            return v._undefined_message
        except Exception as e:
            return str(e)

    # ---- plugins ----
    def setup(self):
        if self.loaders is None:
            from ansible.plugins.loader import filter_loader, test_loader, lookup_loader, inventory_loader
            from ansible.utils.display import Display
            bridge = self

            def warning(self, msg, formatted=False):
                bridge.warnings.append(msg)
            Display.warning = warning
            self.loaders = {'filter': filter_loader, 'test': test_loader, 'lookup': lookup_loader,
                            'inventory': inventory_loader}
        for kind, path in self.pending_dirs:
            self.loaders[kind].add_directory(path)
            self.found = dict((k, v) for k, v in self.found.items() if k[0] != kind)
        self.pending_dirs = []

    def jinja_function(self, kind, name):
        """The plugin's function and what Jinja2 passes it first (None, 'environment', 'context'...)."""
        key = (kind, name)
        if key in self.found:
            return self.found[key]
        problem = None
        plugin = None
        try:
            plugin = self.loaders[kind].get(name)
        except Exception as e:
            problem = e
        if plugin is None:
            raise Missing('Could not load "%s": %s' % (name, problem if problem is not None else repr(name)))
        func = plugin.j2_function
        try:
            from jinja2.utils import _PassArg
            pass_arg = _PassArg.from_obj(func)
        except ImportError:
            pass_arg = None
        self.found[key] = (func, pass_arg.name if pass_arg is not None else None)
        return self.found[key]

    def own_names(self, kind):
        """The short names the loader finds outside ansible-core: they replace builtins of the same name."""
        return sorted(set(w._load_name for w in self.loaders[kind].all()
                          if not w.ansible_name.startswith('ansible.builtin.')))

    def environment(self):
        env = self.lookup_tools()[1].environment
        return env

    def lookup_tools(self):
        if self.lookup_env is None:
            from ansible.parsing.dataloader import DataLoader
            from ansible.template import Templar
            loader = DataLoader()
            self.lookup_env = (loader, Templar(loader=loader))
        return self.lookup_env

    def run_jinja(self, kind, req):
        func, pass_arg = self.jinja_function(kind, req['name'])
        args = req.get('args') or []
        kwargs = req.get('kwargs') or {}
        if pass_arg is not None:
            env = self.environment()
            if pass_arg == 'context':
                from jinja2.runtime import new_context
                # shared: the task's variables are the context's parent as they are, fetched when read
                first = new_context(env, None, {}, Variables(self, req.get('vars')), shared=True)
            elif pass_arg == 'eval_context':
                from jinja2.nodes import EvalContext
                first = EvalContext(env)
            else:
                first = env
            args = [first] + list(args)
        result = func(*args, **kwargs)
        if kind == 'filter' and (isinstance(result, types.GeneratorType) or hasattr(result, '__next__')):
            result = list(result)
        return result

    def run_lookup(self, req):
        name = req['name']
        loader, templar = self.lookup_tools()
        if req.get('basedir'):
            loader.set_basedir(req['basedir'])
        variables = Variables(self, req.get('vars') or [])
        try:
            instance = self.loaders['lookup'].get(name, loader=loader, templar=templar)
        except Exception:
            instance = None
        if instance is None:
            raise Missing('lookup plugin (%s) not found' % name)
        templar.available_variables = variables
        return instance.run(req.get('args') or [], variables=variables, **(req.get('kwargs') or {}))

    # ---- the loop ----
    def send(self, obj):
        self.out.write(json.dumps(obj, separators=(',', ':')) + '\n')
        self.out.flush()

    def receive(self):
        line = self.inp.readline()
        if not line:
            return None
        return json.loads(line, object_hook=self.decode)

    def answer(self, req):
        op = req.get('op')
        if op == 'dirs':
            self.pending_dirs.extend(tuple(d) for d in req['dirs'])
            return {'ok': None}
        if op == 'ping':
            return {'ok': os.getpid()}
        if op not in ('call', 'names'):
            return {'err': 'protocol', 'msg': 'unknown operation %r' % (op,)}
        self.warnings = []
        try:
            self.setup()
        except ImportError as e:
            return {'err': 'unavailable', 'msg': str(e)}
        kind = req['kind']
        try:
            if op == 'names':
                result = self.own_names(kind)
            elif kind == 'inventory':
                result = Inventory(self).run(req)
            elif kind == 'lookup':
                result = self.run_lookup(req)
            else:
                result = self.run_jinja(kind, req)
            answer = {'ok': self.encode(result)}
        except Missing as e:
            answer = {'err': 'missing', 'msg': e.args[0]}
        except Exception as e:
            answer = self.failure(e)
        if self.warnings:
            answer['warnings'] = [str(w) for w in self.warnings]
        return answer

    def failure(self, e):
        cls = type(e)
        qualified = cls.__name__ if cls.__module__ == 'builtins' else cls.__module__ + '.' + cls.__name__
        answer = {'cls': qualified, 'msg': str(e)}
        if self.is_undefined_error(e):
            answer['err'] = 'undefined'
        elif self.is_ansible_error(e):
            answer['err'] = 'ansible'
        elif isinstance(e, TypeError):
            answer['err'] = 'type'
        elif isinstance(e, ValueError):
            answer['err'] = 'value'
        else:
            answer['err'] = 'exception'
            answer['tb'] = traceback.format_exc()
        return answer

    @staticmethod
    def is_undefined_error(e):
        from jinja2.exceptions import UndefinedError
        from ansible.errors import AnsibleUndefinedVariable
        return isinstance(e, (UndefinedError, AnsibleUndefinedVariable))

    @staticmethod
    def is_ansible_error(e):
        from ansible.errors import AnsibleError
        return isinstance(e, AnsibleError)

    def serve(self):
        self.send({'ready': os.getpid()})
        while True:
            req = self.receive()
            if req is None:
                return
            try:
                answer = self.answer(req)
            except BaseException as e:  # the bridge must answer, whatever a plugin does
                answer = {'err': 'exception', 'cls': type(e).__name__, 'msg': str(e), 'tb': traceback.format_exc()}
            try:
                self.send(answer)
            except (TypeError, ValueError) as e:
                self.send({'err': 'type', 'cls': 'TypeError', 'msg': 'result cannot be sent to jplay: %s' % e})


class Missing(Exception):
    pass


class Inventory(object):
    """An inventory plugin run by ansible-core's loader on a copy of jplay's inventory so far.

    {"kind": "inventory", "name": plugin, "args": [action, source], "kwargs": {"state": ...}}: the action
    "exists" says whether the loader finds the plugin, "verify" is its verify_file(), "parse" runs its
    parse() and answers the changes: groups and hosts added (in order), children and members added,
    variables set, as [op, ...] lists jplay replays on its own inventory.
    """

    def __init__(self, bridge):
        self.bridge = bridge

    def run(self, req):
        action, source = req['args'][0], req['args'][1]
        plugin = self.plugin(req['name'])
        if action == 'exists':
            return plugin is not None
        if plugin is None:
            raise Missing("inventory config '%s' specifies unknown plugin '%s'" % (source, req['name']))
        if action == 'verify':
            try:
                return bool(plugin.verify_file(source))
            except Exception:
                return False
        return self.parse(plugin, source, (req.get('kwargs') or {}).get('state') or {})

    def plugin(self, name):
        try:
            return self.bridge.loaders['inventory'].get(name)
        except Exception:
            return None

    def parse(self, plugin, source, state):
        from ansible.inventory.data import InventoryData
        data = InventoryData()
        self.seed(data, state)
        del self.bridge.warnings[:]
        before = self.snapshot(data)
        data.current_source = source
        plugin.parse(data, self.bridge.lookup_tools()[0], source, cache=True)
        try:
            plugin.update_cache_if_changed()
        except AttributeError:
            pass
        return self.changes(data, before)

    @staticmethod
    def seed(data, state):
        for name, variables, children in state.get('groups', []):
            data.add_group(name)
            for k, v in variables.items():
                data.groups[name].set_variable(k, v)
        for name, variables, children in state.get('groups', []):
            for child in children:
                data.add_child(name, child)
        for name, variables, groups in state.get('hosts', []):
            data.add_host(name)
            host = data.hosts[name]
            for k, v in variables.items():
                host.set_variable(k, v)
            for group in groups:
                data.add_child(group, name)

    @staticmethod
    def snapshot(data):
        groups = dict((n, (set(c.name for c in g.child_groups), set(h.name for h in g.hosts), dict(g.vars)))
                      for n, g in data.groups.items())
        hosts = dict((n, dict(h.vars)) for n, h in data.hosts.items())
        return groups, hosts

    def changes(self, data, before):
        old_groups, old_hosts = before
        out = []
        for name in data.groups:
            if name not in old_groups:
                out.append(['group', name])
        for name in data.hosts:
            if name not in old_hosts:
                out.append(['host', name])
        for name, group in data.groups.items():
            children, members, _ = old_groups.get(name, (set(), set(), {}))
            out.extend(['child', name, c.name] for c in group.child_groups if c.name not in children)
            out.extend(['member', name, h.name] for h in group.hosts if h.name not in members)
        for name, group in data.groups.items():
            old = old_groups.get(name, (None, None, {}))[2]
            out.extend(['groupvar', name, k, v] for k, v in self.changed(group.vars, old))
        for name, host in data.hosts.items():
            fresh = name not in old_hosts
            old = old_hosts.get(name, {})
            out.extend(['hostvar', name, k, v] for k, v in self.changed(host.vars, old)
                       if not (fresh and k in ('inventory_file', 'inventory_dir')))
        return out

    @staticmethod
    def changed(new, old):
        return [(k, v) for k, v in new.items() if k not in old or old[k] != v]


class Variables(object):
    """The task's variables, fetched from jplay one name at a time when a plugin reads them.

    A lookup gets the names with its call; a filter's or test's context (names None) asks for them
    only when the plugin lists the variables, and asks for a variable to tell whether it exists.
    """

    def __init__(self, bridge, names):
        self.bridge = bridge
        self._names = None if names is None else list(names)
        self.known = {}

    @property
    def names(self):
        if self._names is None:
            self._names = list(self.ask({'varnames': True}).get('value') or [])
        return self._names

    def ask(self, request):
        self.bridge.send(request)
        reply = self.bridge.receive()
        while reply is not None and 'op' in reply:
            # jplay needed a plugin to template the variable: answer that first
            self.bridge.send(self.bridge.answer(reply))
            reply = self.bridge.receive()
        if reply is None:
            sys.exit(0)
        return reply

    def __getitem__(self, name):
        if name not in self.known:
            reply = self.ask({'var': name})
            if reply.get('missing'):
                raise KeyError(name)
            if 'failed' in reply:
                from ansible.errors import AnsibleError, AnsibleUndefinedVariable
                raise (AnsibleUndefinedVariable if reply.get('undefined') else AnsibleError)(reply['failed'])
            self.known[name] = reply.get('value')
        return self.known[name]

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def __contains__(self, name):
        if name in self.known or self._names is not None and name in self._names:
            return True
        if self._names is not None:
            return False
        try:
            self[name]
        except KeyError:
            return False
        return True

    def __iter__(self):
        return iter(self.names)

    def __len__(self):
        return len(self.names)

    def keys(self):
        return list(self.names)

    def items(self):
        return [(n, self.get(n)) for n in self.names]

    def values(self):
        return [self.get(n) for n in self.names]


def main():
    try:
        from collections.abc import Mapping
        Mapping.register(Variables)
    except ImportError:
        pass
    protocol = os.fdopen(os.dup(1), 'w', encoding='utf-8', newline='\n')
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    Bridge(protocol).serve()


main()
