package io.jplay.connection.ssh;

import io.jplay.connection.ConnectionException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSH connections of one target. Hands out channel leases: at most {@code maxChannels} at once on
 * one connection (OpenSSH's {@code MaxSessions}); when all are busy a further connection is opened, up
 * to {@code maxTransports}; beyond that callers wait. Dead connections are replaced on the next lease.
 */
final class TransportPool implements AutoCloseable {

    /** Opens one authenticated transport. */
    interface Opener {
        SshTransport open() throws ConnectionException;
    }

    private static final class Slot {
        final SshTransport transport;
        int inUse;
        boolean broken;

        Slot(SshTransport transport) {
            this.transport = transport;
        }

        boolean usable() {
            return !broken && transport.isAlive();
        }
    }

    /** One borrowed channel slot; give it back with {@link #release}. */
    final class Lease {
        private final Slot slot;

        private Lease(Slot slot) {
            this.slot = slot;
        }

        SshTransport transport() {
            return slot.transport;
        }
    }

    private final Opener opener;
    private final int maxChannels;
    private final int maxTransports;
    private final List<Slot> slots = new ArrayList<>();
    private int opening;
    private int waiting;
    private int opened;
    private boolean closed;
    /** How many opens have failed, and the last failure: callers waiting meanwhile get it too. */
    private long failures;
    private ConnectionException lastFailure;

    TransportPool(Opener opener, int maxChannels, int maxTransports) {
        this.opener = opener;
        this.maxChannels = maxChannels;
        this.maxTransports = maxTransports;
    }

    Lease acquire() throws ConnectionException, InterruptedException {
        synchronized (this) {
            long failuresSeen = failures;
            while (true) {
                if (closed) {
                    throw new ConnectionException("connection closed");
                }
                dropDeadSlots();
                for (Slot slot : slots) {
                    if (slot.usable() && slot.inUse < maxChannels) {
                        slot.inUse++;
                        return new Lease(slot);
                    }
                }
                if (failures != failuresSeen && slots.stream().noneMatch(Slot::usable)) {
                    // an open this caller waited for failed and no connection is up: the target is as
                    // unreachable for it (one failure for all, not one connect timeout after another)
                    throw lastFailure;
                }
                if (slots.stream().filter(Slot::usable).count() + opening < maxTransports && waiting >= opening * maxChannels) {
                    opening++;
                    break;
                }
                waiting++;
                try {
                    wait();
                } finally {
                    waiting--;
                }
            }
        }
        return openNew();
    }

    private Lease openNew() throws ConnectionException {
        SshTransport transport;
        try {
            transport = opener.open();
        } catch (ConnectionException | RuntimeException | Error e) {
            synchronized (this) {
                opening--;
                if (e instanceof ConnectionException failure) {
                    lastFailure = failure;
                    failures++;
                }
                notifyAll();
            }
            throw e;
        }
        synchronized (this) {
            // the new slot is in the list before anyone waiting wakes up: otherwise a waiter sees no
            // free channel and no open in progress, and opens a further connection it does not need
            opening--;
            notifyAll();
            if (closed) {
                transport.close();
                throw new ConnectionException("connection closed");
            }
            Slot slot = new Slot(transport);
            slot.inUse = 1;
            slots.add(slot);
            opened++;
            return new Lease(slot);
        }
    }

    synchronized void release(Lease lease, boolean broken) {
        lease.slot.inUse--;
        lease.slot.broken |= broken;
        dropDeadSlots();
        notifyAll();
    }

    /** Marks every connection broken: idle ones close now, busy ones when their last lease returns. */
    synchronized void reset() {
        slots.forEach(slot -> slot.broken = true);
        dropDeadSlots();
        notifyAll();
    }

    /** How many SSH connections (handshakes) this pool has opened so far. */
    synchronized int transportsOpened() {
        return opened;
    }

    private void dropDeadSlots() {
        slots.removeIf(slot -> {
            if (slot.inUse == 0 && !slot.usable()) {
                slot.transport.close();
                return true;
            }
            return false;
        });
    }

    @Override
    public synchronized void close() {
        closed = true;
        slots.forEach(slot -> slot.transport.close());
        slots.clear();
        notifyAll();
    }
}
