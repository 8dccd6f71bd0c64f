package io.jplay.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every event of {@link RunListener}, called on a {@link ForwardingListener}, arrives as the same call with the same arguments. */
class ForwardingListenerTest {

    @Test
    void everyEventIsForwardedAsTheSameCall() throws Exception {
        List<String> received = new ArrayList<>();
        RunListener target = (RunListener) Proxy.newProxyInstance(RunListener.class.getClassLoader(),
                new Class<?>[] {RunListener.class}, (proxy, method, args) -> {
                    received.add(method.getName() + Arrays.toString(args == null ? new Object[0] : args));
                    return null;
                });
        ForwardingListener forwarding = new ForwardingListener() {
            @Override
            protected void forward(Consumer<RunListener> event) {
                event.accept(target);
            }
        };
        List<String> sent = new ArrayList<>();
        for (Method m : RunListener.class.getMethods()) {
            if (Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            Object[] args = new Object[m.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = sample(m.getParameterTypes()[i], i);
            }
            m.invoke(forwarding, args);
            sent.add(m.getName() + Arrays.toString(args));
        }
        assertEquals(sent, received);
    }

    @Test
    void compositeSendsEachEventToEveryListenerInOrder() {
        List<String> seen = new ArrayList<>();
        RunListener first = new RunListener() {
            @Override
            public void warning(String message) {
                seen.add("first " + message);
            }
        };
        RunListener second = new RunListener() {
            @Override
            public void warning(String message) {
                seen.add("second " + message);
            }
        };
        CompositeListener.of(first, second).warning("w");
        assertEquals(List.of("first w", "second w"), seen);
    }

    private static Object sample(Class<?> type, int i) {
        if (type == int.class) {
            return 3 + i;
        }
        if (type == String.class) {
            return "s" + i;
        }
        if (type == List.class) {
            return List.of("h" + i);
        }
        return type == Object.class ? "item" + i : null;
    }
}
