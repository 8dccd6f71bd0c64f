package io.jplay.executor;

import java.util.List;
import java.util.Map;

/** Runs a lookup plugin, for {@code with_<lookup>} loops. */
public interface LookupRunner {

    List<Object> run(String name, Object terms, Map<String, Object> vars) throws Exception;
}
