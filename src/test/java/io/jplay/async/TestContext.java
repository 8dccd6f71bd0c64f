package io.jplay.async;

import io.jplay.connection.Become;
import io.jplay.connection.Connection;
import io.jplay.module.ModuleContext;
import java.nio.file.Path;
import java.util.Map;

/** A module context over a given connection, with fixed args, environment and check mode. */
record TestContext(Connection connection, Map<String, Object> args, Map<String, Object> vars,
        Map<String, String> environment, boolean checkMode) implements ModuleContext {

    TestContext(Connection connection, Map<String, Object> args) {
        this(connection, args, Map.of(), Map.of(), false);
    }

    @Override
    public String hostName() {
        return "testhost";
    }

    @Override
    public Become become() {
        return null;
    }

    @Override
    public boolean diffMode() {
        return false;
    }

    @Override
    public Object template(Object value) {
        return value;
    }

    @Override
    public boolean isTrue(Object conditional) {
        return Boolean.TRUE.equals(conditional);
    }

    @Override
    public void warn(String message) {
    }

    @Override
    public Path baseDir() {
        return Path.of(".");
    }
}
