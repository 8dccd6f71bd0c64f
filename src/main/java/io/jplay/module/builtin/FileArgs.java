package io.jplay.module.builtin;

import io.jplay.module.ArgOption;
import io.jplay.module.ArgSpec;
import io.jplay.module.ArgType;

/** Ansible's {@code add_file_common_args}: mode, owner, group, SELinux context, attributes, unsafe_writes. */
final class FileArgs {
    private FileArgs() {
    }

    static ArgSpec.Builder common(ArgSpec.Builder b) {
        return b.option("mode", ArgType.RAW)
                .option("owner", ArgType.STR)
                .option("group", ArgType.STR)
                .option("seuser", ArgType.STR)
                .option("serole", ArgType.STR)
                .option("selevel", ArgType.STR)
                .option("setype", ArgType.STR)
                .option(ArgOption.of("attributes", ArgType.STR).withAliases("attr"))
                .option("unsafe_writes", ArgType.BOOL, false);
    }
}
