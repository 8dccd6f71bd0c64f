package io.jplay.playbook;

/**
 * {@code loop_control}: {@code loop_var} (default {@code item}), {@code index_var}, {@code label}, {@code pause},
 * {@code extended} and {@code extended_allitems} (default true: {@code ansible_loop.allitems}).
 */
public record LoopControl(String loopVar, String indexVar, Object label, Object pause, boolean extended,
        boolean extendedAllitems) {

    public static final LoopControl DEFAULT = new LoopControl("item", null, null, null, false, true);

    public LoopControl {
        loopVar = loopVar == null || loopVar.isBlank() ? "item" : loopVar;
    }
}
