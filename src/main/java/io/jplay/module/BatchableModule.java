package io.jplay.module;

import io.jplay.connection.ConnectionException;
import java.util.List;
import java.util.Map;

/**
 * A module whose runs for several loop items on one host can be answered together with one remote
 * call ({@code async_status} over a list of jobs). The executor asks once before the loop and uses
 * each answer for that item's first attempt; retries run the module as usual.
 */
public interface BatchableModule extends Module {

    /**
     * @param itemArgs each item's templated arguments, in loop order
     * @return for each item its result, or {@code null} where that item is not answered by the batch
     */
    List<Map<String, Object>> runBatch(ModuleContext context, List<Map<String, Object>> itemArgs)
            throws ModuleException, ConnectionException;
}
