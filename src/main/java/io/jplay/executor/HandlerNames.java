package io.jplay.executor;

import io.jplay.playbook.Role;
import io.jplay.playbook.Task;
import java.util.List;
import java.util.Optional;

/**
 * How a {@code notify} name finds its handler, as Ansible's strategy does: among the handlers loaded
 * so far, the last one whose name ({@code name}, or {@code role : name}) matches wins, so a role
 * applied twice, or included again, has its handler run once. Topics ({@code listen}) reach every
 * handler listening to them and are matched separately.
 */
final class HandlerNames {
    private HandlerNames() {
    }

    /** The handler {@code notify: name} reaches, the last loaded first. */
    static Optional<PlayPreparer.Handler> lastNamed(List<PlayPreparer.Handler> handlers, String name) {
        for (int i = handlers.size() - 1; i >= 0; i--) {
            PlayPreparer.Handler h = handlers.get(i);
            String own = h.task().name();
            if (own != null && (own.equals(name)
                    || h.role() != null && (h.role().name() + " : " + own).equals(name))) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an {@code include_role} handler is one already included: the same handler of the same
     * role with the same parameters (Ansible reuses the role it loaded before).
     */
    static boolean sameHandler(PlayPreparer.Handler known, Task handler, Role role) {
        if (known.task() == handler) {
            return true;
        }
        Role other = known.role();
        return other != null && role != null && other.path() != null && other.path().equals(role.path())
                && other.params().equals(role.params())
                && other.handlers().indexOf(known.task()) == role.handlers().indexOf(handler)
                && other.handlers().indexOf(known.task()) >= 0;
    }
}
