package io.jplay.template;

/** Registers every filter, test, function and lookup jplay knows. */
final class Builtins {
    private Builtins() {
    }

    static void register(Library lib) {
        CoreFilters.register(lib);
        ListFilters.register(lib);
        DataFilters.register(lib);
        TextFilters.register(lib);
        PathFilters.register(lib);
        WinPathFilters.register(lib);
        GlobFilters.register(lib);
        MathFilters.register(lib);
        WebFilters.register(lib);
        Urlize.register(lib);
        Tests.register(lib);
        Functions.register(lib);
        JinjaGlobals.register(lib);
        Lipsum.register(lib);
        Lookups.register(lib);
        VaultFilters.register(lib);
        JsonFilters.register(lib);
        YamlFilters.register(lib);
    }
}
