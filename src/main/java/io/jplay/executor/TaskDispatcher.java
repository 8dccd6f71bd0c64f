package io.jplay.executor;

import io.jplay.inventory.Host;
import io.jplay.output.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The fork pool: runs a task on many hosts with at most {@code forks} at once, and delivers every
 * event to the listener from the calling thread in host order. Events of the first unfinished host
 * stream through at once; those of later hosts wait until the hosts before them are done, so the
 * output is stable from run to run.
 */
final class TaskDispatcher implements AutoCloseable {
    private final ExecutorService pool;
    private final RunListener listener;

    TaskDispatcher(int forks, RunListener listener) {
        AtomicInteger counter = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(forks, r -> {
            Thread t = new Thread(r, "jplay-fork-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.listener = listener;
    }

    private sealed interface Message permits Event, Done {
        int index();
    }

    private record Event(int index, Consumer<RunListener> event) implements Message {
    }

    private record Done(int index, HostOutcome outcome) implements Message {
    }

    /**
     * Runs {@code work} for every host and returns the outcomes in host order. {@code onDone} is
     * called on this thread, in host order, as soon as a host's events have all been delivered.
     */
    List<HostOutcome> dispatch(List<Host> hosts, BiFunction<Host, Emitter, HostOutcome> work,
            Consumer<HostOutcome> onDone) throws InterruptedException {
        int n = hosts.size();
        BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Host host = hosts.get(i);
            pool.execute(() -> {
                HostOutcome outcome;
                try {
                    outcome = work.apply(host, event -> queue.add(new Event(index, event)));
                } catch (RuntimeException | Error e) {
                    outcome = new HostOutcome(host.name(), null, io.jplay.result.TaskResult.of(
                            HostTaskRunner.failed("Unexpected failure during module execution: " + e)), false, false);
                }
                queue.add(new Done(index, outcome));
            });
        }
        List<List<Message>> pending = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pending.add(new ArrayList<>());
        }
        HostOutcome[] outcomes = new HostOutcome[n];
        int next = 0;
        while (next < n) {
            Message m = queue.take();
            if (m.index() != next) {
                pending.get(m.index()).add(m);
                continue;
            }
            if (deliver(m, outcomes, onDone)) {
                next++;
                while (next < n && drain(pending.get(next), outcomes, onDone)) {
                    next++;
                }
            }
        }
        return List.of(outcomes);
    }

    /** Delivers a host's buffered messages; true when they included its end. */
    private boolean drain(List<Message> messages, HostOutcome[] outcomes, Consumer<HostOutcome> onDone) {
        boolean done = false;
        for (Message m : messages) {
            done |= deliver(m, outcomes, onDone);
        }
        messages.clear();
        return done;
    }

    private boolean deliver(Message m, HostOutcome[] outcomes, Consumer<HostOutcome> onDone) {
        if (m instanceof Event e) {
            e.event().accept(listener);
            return false;
        }
        Done d = (Done) m;
        outcomes[d.index()] = d.outcome();
        onDone.accept(d.outcome());
        return true;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
