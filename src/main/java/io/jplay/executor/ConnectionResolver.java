package io.jplay.executor;

import io.jplay.python.PyBool;
import io.jplay.connection.Become;
import io.jplay.connection.ConnectionTarget;
import io.jplay.playbook.Keywords;
import io.jplay.python.PyShlex;
import io.jplay.result.Truth;
import io.jplay.template.TemplateException;
import io.jplay.template.Templater;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out how to reach a host and whom to become, from Ansible's connection variables, the task's
 * keywords and the run's options. As in Ansible, a connection variable
 * ({@code ansible_user}, {@code ansible_become_user}) wins over the keyword ({@code remote_user},
 * {@code become_user}), which wins over the command line and ansible.cfg.
 */
final class ConnectionResolver {
    private final Templater templater;
    private final RunOptions options;

    ConnectionResolver(Templater templater, RunOptions options) {
        this.templater = templater;
        this.options = options;
    }

    /**
     * @param hostName the inventory name of the host to reach (the delegated host under delegate_to)
     * @param vars that host's variables
     */
    ConnectionTarget target(String hostName, Map<String, Object> vars, Keywords keywords) throws TemplateException {
        String type = firstString(vars, "ansible_connection");
        if (type == null) {
            type = string(keywords.connection());
        }
        if (type == null) {
            type = options.connection();
        }
        if (type == null || type.equals("smart") || type.equals("paramiko") || type.equals("ssh")
                || type.equals("ansible.builtin.ssh")) {
            type = "ssh";
        } else if (type.equals("ansible.builtin.local")) {
            type = "local";
        }
        String address = firstString(vars, "ansible_host", "ansible_ssh_host");
        if (address == null) {
            address = hostName;
        }
        String port = firstString(vars, "ansible_port", "ansible_ssh_port");
        if (port == null) {
            port = string(keywords.port());
        }
        String user = firstString(vars, "ansible_user", "ansible_ssh_user");
        if (user == null) {
            user = string(keywords.remoteUser());
        }
        if (user == null) {
            user = options.remoteUser();
        }
        String key = firstString(vars, "ansible_ssh_private_key_file", "ansible_private_key_file");
        if (key == null) {
            key = options.privateKeyFile();
        }
        List<String> sshArgs = new ArrayList<>(options.sshArgs());
        for (String name : List.of("ansible_ssh_common_args", "ansible_ssh_extra_args")) {
            String extra = firstString(vars, name);
            if (extra != null) {
                try {
                    sshArgs.addAll(PyShlex.split(extra));
                } catch (PyShlex.SplitError e) {
                    throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
                }
            }
        }
        String checking = firstString(vars, "ansible_host_key_checking", "ansible_ssh_host_key_checking");
        boolean hostKeyChecking = checking == null ? options.hostKeyChecking() : PyBool.boolean_(checking);
        String timeout = firstString(vars, "ansible_timeout", "ansible_ssh_timeout");
        Duration connectTimeout = timeout == null ? options.timeout() : Duration.ofSeconds(Long.parseLong(timeout));
        return new ConnectionTarget(hostName, type, address, port == null ? 0 : IntField.port(port), user,
                password(vars), key, sshArgs,
                hostKeyChecking, connectTimeout, firstString(vars, "ansible_shell_executable"));
    }

    /** {@code ansible_password}, or the {@code -k} answer when the host has none. */
    private String password(Map<String, Object> vars) throws TemplateException {
        String password = firstString(vars, "ansible_password", "ansible_ssh_pass", "ansible_ssh_password");
        return password != null ? password : options.connectionPassword();
    }

    /** The become settings of a task on a host, or {@code null} when it does not escalate. */
    Become become(Map<String, Object> vars, Keywords keywords) throws TemplateException {
        Object flag = vars.containsKey("ansible_become") ? templater.template(vars.get("ansible_become"), vars)
                : keywords.become() != null ? templater.template(keywords.become(), vars) : options.become().become();
        if (!(flag instanceof String ? PyBool.boolean_(flag) : Truth.isTrue(flag))) {
            return null;
        }
        String user = firstString(vars, "ansible_become_user");
        if (user == null) {
            user = string(templater.template(keywords.becomeUser(), vars));
        }
        if (user == null) {
            user = options.become().user();
        }
        String method = firstString(vars, "ansible_become_method");
        if (method == null) {
            method = string(templater.template(keywords.becomeMethod(), vars));
        }
        if (method == null) {
            method = options.become().method();
        }
        String flags = firstString(vars, "ansible_become_flags");
        if (flags == null) {
            flags = string(templater.template(keywords.becomeFlags(), vars));
        }
        if (flags == null) {
            flags = options.become().flags();
        }
        String password = firstString(vars, "ansible_become_password", "ansible_become_pass");
        if (password == null) {
            password = options.become().password();
        }
        return new Become(method, user, flags, password);
    }

    private String firstString(Map<String, Object> vars, String... names) throws TemplateException {
        for (String name : names) {
            if (vars.containsKey(name)) {
                Object value = templater.template(vars.get(name), vars);
                if (value != null) {
                    return string(value);
                }
            }
        }
        return null;
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? io.jplay.json.JsonWriter.number(n) : value.toString();
    }
}
