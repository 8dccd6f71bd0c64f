#!/bin/sh
# Root-only host preparation that CI runs before the tests (idempotent).
# Creates the non-root SSH test user used by io.jplay.connection.ssh integration tests:
#   jplaytest  login shell /bin/sh, password "jplaytest-pw"
#   sudo: to root without a password, to "nobody" only with jplaytest's password
# and the privilege separation directory OpenSSH's sshd needs.
set -eu
[ "$(id -u)" -eq 0 ] || { echo "test-host-setup.sh must run as root" >&2; exit 1; }

TEST_USER=jplaytest
TEST_PASSWORD=jplaytest-pw

mkdir -p /run/sshd
chmod 0755 /run/sshd

if ! id "$TEST_USER" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/sh "$TEST_USER"
fi
[ "$(getent passwd "$TEST_USER" | cut -d: -f7)" = /bin/sh ] || usermod --shell /bin/sh "$TEST_USER"
echo "$TEST_USER:$TEST_PASSWORD" | chpasswd

cat > /etc/sudoers.d/jplaytest <<SUDOERS
$TEST_USER ALL=(root) NOPASSWD: ALL
$TEST_USER ALL=(nobody) ALL
SUDOERS
chmod 0440 /etc/sudoers.d/jplaytest
visudo -cf /etc/sudoers.d/jplaytest >/dev/null
