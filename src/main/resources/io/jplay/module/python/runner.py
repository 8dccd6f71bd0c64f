# jplay's module runner: runs Python modules on a target, one request at a time, in a child forked
# from this long-lived process, so each module run pays neither Python's start-up nor the import
# of ansible.module_utils.basic. Python 2.7 and 3.
#
# Frames jplay sends on stdin (a header line of ASCII words, then the bytes it announces):
#   Z <digest> <short> <length>      a module zip, kept for the runner's life under <digest>
#   R <meta-length> <args-length>    run: JSON {"module", "zip", "env"}, then the arguments JSON
#   K                                kill the module being run (a task timeout); ignored when idle
# Frames this runner answers with on its stdout:
#   READY 1                          once, at start
#   S <pid>                          the module's child has been forked
#   D <rc> <out-length> <err-length> the module ended (rc is -SIGNUM when a signal killed it),
#                                    then its stdout and stderr bytes, exactly as it wrote them
#   E <length>                       a request this runner cannot serve, then the message
import json
import os
import select
import shutil
import signal
import sys
import tempfile

PROTO_IN = os.dup(0)
PROTO_OUT = os.dup(1)
NULL = os.open(os.devnull, os.O_RDWR)
os.dup2(NULL, 0)
os.dup2(NULL, 1)
sys.path[:] = [p for p in sys.path if p not in ('', '.')]
WORK = tempfile.mkdtemp(prefix='ansible_jplay_runner_')
ZIPS = {}
STATE = {'preimported': False}
PACKAGES = ('ansible', 'ansible_collections')


def read_exact(n):
    chunks = []
    while n > 0:
        chunk = os.read(PROTO_IN, min(n, 1 << 20))
        if not chunk:
            raise EOFError()
        chunks.append(chunk)
        n -= len(chunk)
    return b''.join(chunks)


def read_words():
    line = b''
    while not line.endswith(b'\n'):
        chunk = os.read(PROTO_IN, 1)
        if not chunk:
            raise EOFError()
        line += chunk
    return line[:-1].decode('ascii').split(' ')


def send(header, *bodies):
    data = (header + '\n').encode('ascii') + b''.join(bodies)
    while data:
        data = data[os.write(PROTO_OUT, data):]


def store(digest, short, data):
    if digest in ZIPS:
        return
    folder = os.path.join(WORK, digest)
    os.mkdir(folder)
    path = os.path.join(folder, 'ansible_' + short + '_payload.zip')
    out = open(path, 'wb')
    try:
        out.write(data)
    finally:
        out.close()
    ZIPS[digest] = path


def ours(name):
    return name.split('.')[0] in PACKAGES


def preimport(path):
    """Imports what every module needs once, in this process, from the first zip."""
    if STATE['preimported']:
        return
    STATE['preimported'] = True
    sys.path.insert(0, path)
    try:
        import ansible.module_utils.basic  # noqa: F401
    except Exception:
        for name in [n for n in sys.modules if ours(n)]:
            del sys.modules[name]
    finally:
        sys.path.remove(path)


def add_zip(path):
    """Puts a zip first on sys.path and first in the path of every package already imported from another."""
    sys.path.insert(0, path)
    for name, module in list(sys.modules.items()):
        paths = getattr(module, '__path__', None)
        if module is None or paths is None or not ours(name):
            continue
        try:
            paths.insert(0, os.path.join(path, *name.split('.')))
        except AttributeError:
            pass


def exit_status(code):
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write('%s\n' % (code,))
    return 1


def child(meta, args, path, out_w, err_w):
    os.dup2(out_w, 1)
    os.dup2(err_w, 2)
    for fd in (out_w, err_w, PROTO_IN, PROTO_OUT):
        os.close(fd)
    status = 1
    try:
        for key, value in meta['env'].items():
            os.environ[key] = value
        add_zip(path)
        import runpy
        from ansible.module_utils import basic
        basic._ANSIBLE_ARGS = args
        runpy.run_module(mod_name=meta['module'], init_globals=dict(_module_fqn=meta['module'], _modlib_path=path),
                         run_name='__main__', alter_sys=True)
        status = 0
    except SystemExit:
        status = exit_status(sys.exc_info()[1].code)
    except BaseException:
        import traceback
        traceback.print_exc()
    try:
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os._exit(status & 0xff)


def collect(pid, out_r, err_r):
    """Reads the child's output until it ended and closed it; a K frame meanwhile kills the child."""
    data = {out_r: [], err_r: []}
    reading = [out_r, err_r]
    status = None
    while reading:
        ready = select.select(reading + [PROTO_IN], [], [], 1.0 if status is None else 0)[0]
        if not ready:
            if status is not None:
                break
            reaped, code = os.waitpid(pid, os.WNOHANG)
            if reaped:
                status = code
            continue
        for fd in ready:
            if fd == PROTO_IN:
                try:
                    words = read_words()
                except EOFError:
                    os.kill(pid, signal.SIGKILL)
                    raise
                if words[0] == 'K':
                    os.kill(pid, signal.SIGKILL)
                continue
            chunk = os.read(fd, 65536)
            if chunk:
                data[fd].append(chunk)
            else:
                reading.remove(fd)
    for fd in (out_r, err_r):
        os.close(fd)
    if status is None:
        status = os.waitpid(pid, 0)[1]
    return b''.join(data[out_r]), b''.join(data[err_r]), status


def run(meta, args):
    path = ZIPS.get(meta['zip'])
    if path is None:
        message = ('no zip ' + meta['zip']).encode('utf-8')
        send('E %d' % len(message), message)
        return
    preimport(path)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(out_r)
        os.close(err_r)
        child(meta, args, path, out_w, err_w)
    os.close(out_w)
    os.close(err_w)
    send('S %d' % pid)
    out, err, status = collect(pid, out_r, err_r)
    rc = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    send('D %d %d %d' % (rc, len(out), len(err)), out, err)


def main():
    send('READY 1')
    while True:
        try:
            words = read_words()
        except EOFError:
            return
        if words[0] == 'Z':
            store(words[1], words[2], read_exact(int(words[3])))
        elif words[0] == 'R':
            meta = json.loads(read_exact(int(words[1])).decode('utf-8'))
            run(meta, read_exact(int(words[2])))
        elif words[0] != 'K':
            message = ('unknown frame ' + words[0]).encode('utf-8')
            send('E %d' % len(message), message)
            return


try:
    main()
except EOFError:
    pass
finally:
    shutil.rmtree(WORK, True)
