package io.jplay.output;

/**
 * What every screen renderer does alike: warnings, deprecations and the lines actions show go to
 * the {@link Display} as Ansible's display prints them.
 */
abstract class ScreenListener implements RunListener {
    protected final Display display;

    ScreenListener(Display display) {
        this.display = display;
    }

    @Override
    public void warning(String message) {
        display.warning(message);
    }

    @Override
    public void error(String message) {
        display.error(message);
    }

    @Override
    public void errorUnwrapped(String message) {
        display.errorUnwrapped(message);
    }

    @Override
    public void deprecation(String message) {
        display.deprecated(new Deprecation(message, null, null, null));
    }

    @Override
    public void deprecated(Deprecation deprecation) {
        display.deprecated(deprecation);
    }

    @Override
    public void workerWarning(String message) {
        display.warning(message, false);
    }

    @Override
    public void banner(String text) {
        display.banner(text);
    }

    @Override
    public void display(String line) {
        display.display(line);
    }
}
