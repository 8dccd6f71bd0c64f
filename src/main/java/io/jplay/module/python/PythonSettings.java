package io.jplay.module.python;

import java.util.List;

/**
 * The configuration Python modules run with.
 *
 * @param interpreterPython {@code interpreter_python}: {@code auto}, {@code auto_silent},
 *     {@code auto_legacy}, {@code auto_legacy_silent} or a path
 * @param selinuxSpecialFs {@code _ansible_selinux_special_fs}
 * @param syslogFacility the default {@code _ansible_syslog_facility}
 * @param stringConversionAction {@code _ansible_string_conversion_action}
 * @param keepRemoteFiles {@code _ansible_keep_remote_files}
 * @param noTargetSyslog {@code no_target_syslog}: modules do not log to syslog (sent as no_log)
 * @param debug {@code _ansible_debug}
 * @param remoteTmp {@code _ansible_remote_tmp}
 * @param moduleRunner {@code [jplay] module_runner}: modules run in a resident runner per target
 */
public record PythonSettings(String interpreterPython, List<String> selinuxSpecialFs, String syslogFacility,
        String stringConversionAction, boolean keepRemoteFiles, boolean noTargetSyslog, boolean debug,
        String remoteTmp, boolean moduleRunner) {

    public static PythonSettings defaults() {
        return new PythonSettings("auto", List.of("fuse", "nfs", "vboxsf", "ramfs", "9p", "vfat"), "LOG_USER",
                "warn", false, false, false, "~/.ansible/tmp", true);
    }
}
