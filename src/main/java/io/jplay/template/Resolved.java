package io.jplay.template;

/**
 * Marks a container whose values are read as they are: either already templated when read (like
 * {@code hostvars}, which templates each host's variables in that host's scope) or never templated
 * (like {@code groups}). The templater neither walks it looking for templates nor copies it, which
 * keeps large or self-referencing structures ({@code hostvars} contains every host's
 * {@code hostvars}) cheap and finite.
 */
public interface Resolved {
}
