package io.jplay.template;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ansible's {@code generate_ansible_template_vars}: the variables the {@code template} action adds
 * for its source ({@code template_host}, {@code template_path}, {@code template_mtime},
 * {@code template_uid}, {@code template_run_date}, {@code template_destpath},
 * {@code template_fullpath}) and {@code ansible_managed}, the {@code DEFAULT_MANAGED_STR} setting
 * with {@code {host}}, {@code {uid}} and {@code {file}} filled in and passed through
 * {@code strftime} at the source's modification time.
 */
final class TemplateVars {
    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private TemplateVars() {
    }

    static Map<String, Object> of(String srcArg, Path source, String dest, Controller controller) throws TemplateException {
        try {
            LocalDateTime mtime = LocalDateTime.ofInstant(Files.getLastModifiedTime(source).toInstant(), ZoneId.systemDefault());
            Map<String, Object> vars = new LinkedHashMap<>();
            String host = hostname();
            String uid = Files.getOwner(source).getName();
            vars.put("template_host", host);
            vars.put("template_path", srcArg);
            vars.put("template_mtime", new PyDateTime(mtime));
            vars.put("template_uid", uid);
            vars.put("template_run_date", new PyDateTime(LocalDateTime.now()));
            vars.put("template_destpath", dest);
            vars.put("template_fullpath", source.toAbsolutePath().normalize().toString());
            String managed = controller.setting("DEFAULT_MANAGED_STR").flatMap(v -> v).map(PythonRepr::str)
                    .orElse("Ansible managed");
            String filled = managed.replace("{host}", host).replace("{uid}", uid).replace("{file}", srcArg)
                    .replace("{{", "{").replace("}}", "}");
            vars.put("ansible_managed", PyDateTime.strftime(filled, mtime.atZone(ZoneId.systemDefault())));
            return vars;
        } catch (IOException e) {
            throw new TemplateException("could not stat " + source + ": " + e.getMessage(), e);
        }
    }

    /** {@code os.uname()[1]}: the kernel's host name. */
    private static String hostname() throws IOException {
        Optional<String> kernel = Files.isReadable(HOSTNAME)
                ? Optional.of(Files.readString(HOSTNAME, StandardCharsets.UTF_8).strip()) : Optional.empty();
        return kernel.isPresent() ? kernel.get() : InetAddress.getLocalHost().getHostName();
    }
}
