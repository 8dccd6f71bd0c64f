package io.jplay.playbook.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplay.playbook.Block;
import io.jplay.playbook.Include;
import io.jplay.playbook.Play;
import io.jplay.playbook.SourceLocation;
import io.jplay.playbook.Task;
import io.jplay.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookParserTest {

    private static final Set<String> MODULES = Set.of("ping", "debug", "command", "shell", "set_fact", "copy",
            "file", "raw", "script", "fail", "include_vars", "meta");

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private PlaybookParser parser() {
        return new PlaybookParser(new YamlLoader(warnings::add), MODULES::contains, () -> MODULES,
                List.of(dir.resolve("extra_roles")), warnings::add);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private Play play(String text) throws Exception {
        return parser().parse(write("site.yml", text)).plays().get(0);
    }

    private Task onlyTask(String taskYaml) throws Exception {
        Play p = play("- hosts: all\n  tasks:\n" + taskYaml.indent(4));
        return (Task) p.tasks().get(0);
    }

    private PlaybookException failure(String text) {
        return assertThrows(PlaybookException.class, () -> play(text));
    }

    private String golden(Path file, String message, int line, int col, String prev, String target) {
        return message + "\n\nThe error appears to be in '" + file + "': line " + line + ", column " + col
                + ", but may\nbe elsewhere in the file depending on the exact syntax problem.\n\n"
                + "The offending line appears to be:\n\n" + prev + "\n" + target + "\n" + " ".repeat(col - 1) + "^ here\n";
    }

    @Test
    void moduleWithMappingArgs() throws Exception {
        Task t = onlyTask("- name: say\n  debug:\n    msg: hi\n");
        assertEquals("say", t.name());
        assertEquals("debug", t.action());
        assertEquals(Map.of("msg", "hi"), t.args());
    }

    @Test
    void kvStringArgsAreSplitWithQuotes() throws Exception {
        Task t = onlyTask("- copy: src=a dest=\"/tmp/x y\" mode='0644'\n");
        assertEquals(Map.of("src", "a", "dest", "/tmp/x y", "mode", "0644"), t.args());
    }

    @Test
    void freeFormCommandKeepsTextAndSplitsOnlyKnownKeys() throws Exception {
        Task t = onlyTask("- shell: echo {{ x }}  foo=bar chdir=/tmp creates=/a\n");
        assertEquals("echo {{ x }}  foo=bar", t.args().get("_raw_params"));
        assertEquals("/tmp", t.args().get("chdir"));
        assertEquals("/a", t.args().get("creates"));
    }

    @Test
    void argsKeywordIsMergedAndInlineArgsWin() throws Exception {
        Task t = onlyTask("- command: ls chdir=/a\n  args:\n    chdir: /b\n    creates: /c\n");
        assertEquals(Map.of("_raw_params", "ls", "chdir", "/a", "creates", "/c"), t.args());
    }

    @Test
    void setFactUsesKeyValuePairs() throws Exception {
        Task t = onlyTask("- set_fact: a=1 b='x y'\n");
        assertEquals(Map.of("a", "1", "b", "x y"), t.args());
    }

    @Test
    void fqcnActionsAreRecognised() throws Exception {
        Task t = onlyTask("- ansible.builtin.command: uptime\n");
        assertEquals("ansible.builtin.command", t.action());
        assertEquals("command", t.module());
        assertEquals(Map.of("_raw_params", "uptime"), t.args());
    }

    @Test
    void actionStringForm() throws Exception {
        Task t = onlyTask("- action: shell echo hi\n");
        assertEquals("shell", t.action());
        assertEquals(Map.of("_raw_params", "echo hi"), t.args());
    }

    @Test
    void localActionDelegatesToLocalhost() throws Exception {
        Task t = onlyTask("- local_action:\n    module: command\n    _raw_params: ls\n");
        assertEquals("command", t.action());
        assertEquals("localhost", t.keywords().delegateTo());
        assertEquals(Map.of("_raw_params", "ls"), t.args());
    }

    @Test
    void moduleWithoutArgsHasEmptyArgs() throws Exception {
        assertEquals(Map.of(), onlyTask("- ping:\n").args());
    }

    @Test
    void taskKeywordsAreCollected() throws Exception {
        Task t = onlyTask("- command: ls\n  register: r\n  when: x\n  until: r.rc == 0\n  retries: 3\n"
                + "  delay: 1\n  changed_when: false\n  failed_when: r.rc > 1\n  async: 10\n  poll: 0\n"
                + "  become: yes\n  become_user: bob\n  ignore_errors: true\n  notify: h\n  tags: a, b\n"
                + "  vars: {v: 1}\n  delegate_to: other\n  no_log: true\n");
        assertEquals("r", t.register());
        assertEquals(List.of("x"), t.when());
        assertEquals("r.rc == 0", t.until());
        assertEquals(3L, t.retries());
        assertEquals(false, t.changedWhen());
        assertEquals(10L, t.async());
        assertEquals(true, t.keywords().become());
        assertEquals("bob", t.keywords().becomeUser());
        assertEquals(true, t.keywords().ignoreErrors());
        assertEquals("other", t.keywords().delegateTo());
        assertEquals(true, t.keywords().noLog());
        assertEquals(List.of("h"), t.notifies());
        assertEquals(List.of("a", "b"), t.tags());
        assertEquals(Map.of("v", 1L), t.vars());
    }

    @Test
    void whenListAndBooleanAreKept() throws Exception {
        assertEquals(List.of("a", "b"), onlyTask("- ping:\n  when: [a, b]\n").when());
        assertEquals(List.of(true), onlyTask("- ping:\n  when: true\n").when());
    }

    @Test
    void loopAndWithItemsSetLoopKind() throws Exception {
        Task loop = onlyTask("- debug: var=item\n  loop: [1, 2]\n  loop_control:\n    loop_var: x\n    index_var: i\n");
        assertEquals("loop", loop.loopKind());
        assertEquals(List.of(1L, 2L), loop.loop());
        assertEquals("x", loop.loopControl().loopVar());
        assertEquals("i", loop.loopControl().indexVar());
        Task with = onlyTask("- debug: var=item\n  with_dict: \"{{ d }}\"\n");
        assertEquals("dict", with.loopKind());
        assertEquals("{{ d }}", with.loop());
    }

    @Test
    void taskLocationIsTheMappingStart() throws Exception {
        Task t = onlyTask("- name: a\n  ping:\n");
        assertEquals(new SourceLocation(dir.resolve("site.yml").toString(), 3, 7), t.location());
    }

    @Test
    void blockWithRescueAndAlways() throws Exception {
        Play p = play("- hosts: all\n  tasks:\n    - name: b\n      block:\n        - ping:\n      rescue:\n"
                + "        - debug: msg=r\n      always:\n        - debug: msg=a\n      when: x\n      become: true\n");
        Block b = (Block) p.tasks().get(0);
        assertEquals("b", b.name());
        assertEquals(1, b.block().size());
        assertEquals("debug", ((Task) b.rescue().get(0)).action());
        assertEquals(1, b.always().size());
        assertEquals(List.of("x"), b.when());
        assertEquals(true, b.keywords().become());
    }

    @Test
    void unknownBlockKeywordIsRejected() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - block:\n        - ping:\n      whenn: x\n");
        assertEquals("'whenn' is not a valid attribute for a Block Did you mean 'when'?", e.getMessage());
    }

    @Test
    void playKeywordsAreRead() throws Exception {
        Play p = play("- name: P\n  hosts: [a, b]\n  gather_facts: no\n  vars: {x: 1}\n  vars_files: v.yml\n"
                + "  remote_user: u\n  serial: 2\n  strategy: free\n  max_fail_percentage: 10\n  tags: t\n"
                + "  become: yes\n  tasks: []\n");
        assertEquals("P", p.name());
        assertEquals(List.of("a", "b"), p.hosts());
        assertEquals(false, p.gatherFacts());
        assertEquals(Map.of("x", 1L), p.vars());
        assertEquals(List.of("v.yml"), p.varsFiles());
        assertEquals("u", p.keywords().remoteUser());
        assertEquals(2L, p.serial());
        assertEquals("free", p.strategy());
        assertEquals(List.of("t"), p.tags());
        assertEquals(new SourceLocation(dir.resolve("site.yml").toString(), 1, 3), p.location());
    }

    @Test
    void preTasksPostTasksAndHandlers() throws Exception {
        Play p = play("- hosts: all\n  pre_tasks: [{ping: }]\n  post_tasks: [{ping: }, {ping: }]\n  handlers:\n"
                + "    - name: restart\n      command: echo\n      listen: web\n");
        assertEquals(1, p.preTasks().size());
        assertEquals(2, p.postTasks().size());
        assertEquals("restart", p.handlers().get(0).name());
        assertEquals(List.of("web"), p.handlers().get(0).listen());
    }

    @Test
    void unknownPlayKeywordMatchesAnsibleGolden() throws Exception {
        Path f = write("site.yml", "- hosts: localhost\n  xyz: 1\n  tasks: []\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals(golden(f, "'xyz' is not a valid attribute for a Play", 1, 3, "", "- hosts: localhost"), e.render());
        assertEquals(4, e.exitCode());
    }

    @Test
    void conflictingActionsMatchAnsibleGolden() throws Exception {
        Path f = write("site.yml", "- hosts: localhost\n  gather_facts: no\n  tasks:\n    - name: a\n"
                + "      shell: echo\n      command: echo\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals(golden(f, "conflicting action statements: shell, command", 4, 7, "  tasks:", "    - name: a"),
                e.render());
    }

    @Test
    void noActionMatchesAnsibleGolden() throws Exception {
        Path f = write("site.yml", "- hosts: localhost\n  gather_facts: no\n  tasks:\n    - name: a\n      when: true\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals(golden(f, "no module/action detected in task.", 4, 7, "  tasks:", "    - name: a"), e.render());
    }

    @Test
    void unknownModuleMatchesAnsibleAndSuggests() throws Exception {
        Path f = write("site.yml", "- hosts: localhost\n  gather_facts: no\n  tasks:\n    - name: a\n      pingg:\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals(golden(f, "couldn't resolve module/action 'pingg'. This often indicates a misspelling, missing "
                + "collection, or incorrect module path. Did you mean 'ping'?", 4, 7, "  tasks:", "    - name: a"),
                e.render());
    }

    @Test
    void misspeltKeywordIsASecondActionWithSuggestion() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - debug: msg=x\n      whenn: true\n");
        assertEquals("conflicting action statements: debug, whenn. Did you mean 'when'?", e.getMessage());
    }

    @Test
    void extraParamsOnNonFreeFormModuleAreRejected() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - ping: hello\n");
        assertTrue(e.getMessage().startsWith("this task 'ping' has extra params, which is only allowed in the "
                + "following modules: command, "), e.getMessage());
    }

    @Test
    void unbalancedQuotesAreReported() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - debug: msg=\"a\n");
        assertEquals("failed at splitting arguments, either an unbalanced jinja2 block or quotes: msg=\"a", e.getMessage());
    }

    @Test
    void yamlSyntaxErrorIsPassedThroughAlreadyRendered() throws Exception {
        Path f = write("site.yml", "- hosts: x\n  tasks:\n  - debug:\n      msg: a: b\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertTrue(e.render().startsWith("We were unable to read either as JSON nor YAML"));
        assertTrue(e.render().endsWith("      msg: a: b\n            ^ here\n"), e.render());
        assertEquals(4, e.exitCode());
    }

    @Test
    void missingPlaybookExitsWithOne() {
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(Path.of("nothere.yml")));
        assertEquals("the playbook: nothere.yml could not be found", e.render());
        assertEquals(1, e.exitCode());
    }

    @Test
    void playbookMustBeAList() throws Exception {
        Path f = write("site.yml", "hosts: all\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals("A playbook must be a list of plays, got a <class 'ansible.parsing.yaml.objects.AnsibleMapping'> "
                + "instead: " + f, e.getMessage());
    }

    @Test
    void importPlaybookIsExpandedRecursively() throws Exception {
        write("sub/inner.yml", "- hosts: c\n");
        write("sub/other.yml", "- hosts: b\n- import_playbook: inner.yml\n");
        Path f = write("site.yml", "- hosts: a\n- import_playbook: sub/other.yml\n");
        List<Play> plays = parser().parse(f).plays();
        assertEquals(List.of("a", "b", "c"), plays.stream().map(p -> (Object) p.hosts()).toList());
    }

    @Test
    void includeTasksStaysDynamic() throws Exception {
        Play p = play("- hosts: all\n  tasks:\n    - include_tasks: t.yml\n      loop: [1]\n    - include_tasks:\n"
                + "        file: u.yml\n        apply: {tags: x}\n");
        Include a = (Include) p.tasks().get(0);
        assertEquals("include_tasks", a.kind());
        assertEquals("t.yml", a.target());
        assertEquals(List.of(1L), a.loop());
        assertEquals(dir.toAbsolutePath(), a.baseDir());
        Include b = (Include) p.tasks().get(1);
        assertEquals("u.yml", b.target());
        assertEquals(Map.of("apply", Map.of("tags", "x")), b.args());
    }

    @Test
    void aStaticIncludeOfAMissingFileFailsAsAnsiblesLoaderWithADeprecationWarning() throws Exception {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - include: t.yml\n");
        assertEquals("Unable to retrieve file contents\nCould not find or access '" + dir.resolve("t.yml")
                + "' on the Ansible Controller.\nIf you are using a module and expect the file to exist on the remote, "
                + "see the remote_src option", e.render());
        assertEquals(1, e.exitCode());
        assertTrue(warnings.get(0).contains("\"include\" is deprecated"));
    }

    @Test
    void importTasksIsParsedNowIntoABlock() throws Exception {
        write("tasks/a.yml", "- ping:\n- import_tasks: b.yml\n");
        write("tasks/b.yml", "- debug: msg=b\n");
        Play p = play("- hosts: all\n  tasks:\n    - import_tasks: tasks/a.yml\n      when: x\n      tags: [t]\n");
        Block b = (Block) p.tasks().get(0);
        assertEquals(List.of("x"), b.when());
        assertEquals(List.of("t"), b.tags());
        Block nested = (Block) b.block().get(1);
        Task inner = (Task) nested.block().get(0);
        assertEquals("debug", inner.action());
        assertEquals(dir.resolve("tasks/b.yml").toString(), inner.location().file());
    }

    @Test
    void loadTasksReadsATaskFileForIncludeTasks() throws Exception {
        Path f = write("inc.yml", "- name: one\n  ping:\n");
        List<io.jplay.playbook.TaskNode> tasks = parser().loadTasks(f, dir);
        assertEquals("one", ((Task) tasks.get(0)).name());
        assertEquals(1, tasks.get(0).location().line());
    }

    @Test
    void roleIsLoadedWithAllItsParts() throws Exception {
        write("roles/web/tasks/main.yml", "- name: role task\n  ping:\n- include_tasks: more.yml\n");
        write("roles/web/handlers/main.yml", "- name: h\n  ping:\n");
        write("roles/web/defaults/main.yml", "port: 80\n");
        write("roles/web/vars/main.yml", "x: 1\n");
        Play p = play("- hosts: all\n  roles:\n    - role: web\n      tag_me: 1\n      become: yes\n");
        Block rb = p.roles().get(0);
        assertEquals("web", rb.role().name());
        assertEquals(Map.of("port", 80L), rb.role().defaults());
        assertEquals(Map.of("x", 1L), rb.role().vars());
        assertEquals(Map.of("tag_me", 1L), rb.role().params());
        assertEquals(true, rb.keywords().become());
        assertEquals("role task", ((Task) rb.block().get(0)).name());
        assertEquals(dir.resolve("roles/web/tasks").toAbsolutePath(), ((Include) rb.block().get(1)).baseDir());
        assertEquals("h", rb.role().handlers().get(0).name());
        assertTrue(p.handlers().isEmpty());
    }

    @Test
    void roleDependenciesComeFirstAndRunOnce() throws Exception {
        write("roles/common/tasks/main.yml", "- debug: msg=common\n");
        write("roles/a/meta/main.yml", "dependencies: [common]\n");
        write("roles/a/tasks/main.yml", "- debug: msg=a\n");
        write("roles/b/meta/main.yml", "dependencies:\n  - role: common\n");
        write("roles/b/tasks/main.yml", "- debug: msg=b\n");
        Play p = play("- hosts: all\n  roles: [a, b]\n");
        assertEquals(List.of("common", "a", "b"), p.roles().stream().map(r -> r.role().name()).toList());
    }

    @Test
    void roleDependenciesInheritTheDependingEntrysTagsWhenKeywordsAndParams() throws Exception {
        write("roles/common/tasks/main.yml", "- debug: msg=common\n");
        write("roles/a/meta/main.yml", "dependencies:\n  - role: common\n    own: 2\n    tags: deptag\n");
        write("roles/a/tasks/main.yml", "- debug: msg=a\n");
        Play p = play("- hosts: all\n  roles:\n    - role: a\n      tags: t\n      when: c\n      become: true\n"
                + "      shared: 1\n      own: 1\n");
        Block dep = p.roles().get(0);
        assertEquals("common", dep.role().name());
        assertEquals(List.of("t", "deptag"), dep.tags());
        assertEquals(List.of("c"), dep.when());
        assertEquals(true, dep.keywords().become());
        assertEquals(Map.of("shared", 1L, "own", 2L), dep.role().params());
    }

    @Test
    void playRoleNamesAreTheNamedAndImportedRolesAndDependenciesApart() throws Exception {
        write("roles/common/tasks/main.yml", "- debug: msg=common\n");
        write("roles/a/meta/main.yml", "dependencies: [common]\n");
        write("roles/a/tasks/main.yml", "- debug: msg=a\n");
        write("roles/b/tasks/main.yml", "- debug: msg=b\n");
        Play p = play("- hosts: all\n  roles: [a, a]\n  tasks:\n    - import_role: name=b\n");
        assertEquals(List.of("a", "a", "b"), p.roleNames());
        assertEquals(List.of("common"), p.dependencyRoleNames());
    }

    @Test
    void rolesAreFoundInConfiguredRolesPath() throws Exception {
        write("extra_roles/far/tasks/main.yml", "- ping:\n");
        Play p = play("- hosts: all\n  roles: [far]\n");
        assertEquals(dir.resolve("extra_roles/far").normalize(), p.roles().get(0).role().path());
    }

    @Test
    void missingRoleNamesTheSearchPath() {
        PlaybookException e = failure("- hosts: all\n  roles: [nope]\n");
        assertEquals("the role 'nope' was not found in " + dir.resolve("roles") + ":" + dir.resolve("extra_roles")
                + ":" + dir, e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void importRoleWithTasksFrom() throws Exception {
        write("roles/r/tasks/main.yml", "- debug: msg=main\n");
        write("roles/r/tasks/other.yml", "- debug: msg=other\n");
        Play p = play("- hosts: all\n  tasks:\n    - import_role:\n        name: r\n        tasks_from: other\n");
        Block outer = (Block) p.tasks().get(0);
        Block roleBlock = (Block) outer.block().get(0);
        assertEquals(Map.of("msg", "other"), ((Task) roleBlock.block().get(0)).args());
    }

    @Test
    void includeRoleIsDynamic() throws Exception {
        Play p = play("- hosts: all\n  tasks:\n    - include_role:\n        name: r\n        tasks_from: x\n");
        Include i = (Include) p.tasks().get(0);
        assertEquals("include_role", i.kind());
        assertEquals("r", i.target());
        assertEquals(Map.of("tasks_from", "x"), i.args());
    }

    @Test
    void missingHostsIsAnError() {
        assertEquals("the field 'hosts' is required but was not set", failure("- name: x\n  tasks: []\n").getMessage());
    }

    @Test
    void taskNameAbsentIsNull() throws Exception {
        assertNull(onlyTask("- ping:\n").name());
    }

    @Test
    void metaIsABuiltinAction() throws Exception {
        Task t = onlyTask("- meta: flush_handlers\n");
        assertInstanceOf(Task.class, t);
        assertEquals(Map.of("_raw_params", "flush_handlers"), t.args());
    }

    @Test
    void anEmptyPlaybookHasNothingToDo() throws Exception {
        Path f = write("empty.yml", "# nothing here\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertEquals("Empty playbook, nothing to do: " + f.toRealPath(), e.render());
        assertEquals(4, e.exitCode());
        Path none = write("none.yml", "[]\n");
        e = assertThrows(PlaybookException.class, () -> parser().parse(none));
        assertEquals("A playbook must contain at least one play: " + none.toRealPath(), e.render());
    }

    @Test
    void anImportedEmptyPlaybookStopsTheRunToo() throws Exception {
        write("empty.yml", "");
        Path f = write("site.yml", "- import_playbook: empty.yml\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(f));
        assertTrue(e.getMessage().startsWith("Empty playbook, nothing to do: "), e.getMessage());
    }

    @Test
    void tagsMustBeAListOrTextAndFailWithExitOne() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - debug: {msg: x}\n      tags: {a: 1}\n");
        assertEquals("tags must be specified as a list", e.getMessage());
        assertEquals(1, e.exitCode());
        assertEquals(4, e.location().line());
        assertEquals(13, e.location().column());
        e = failure("- hosts: all\n  tags: 3\n  tasks: []\n");
        assertEquals("tags must be specified as a list", e.render());
        e = failure("- hosts: all\n  tasks:\n    - block: [{debug: {msg: x}}]\n      tags:\n");
        assertEquals(1, e.exitCode());
    }

    @Test
    void loopControlMustBeAMapping() {
        PlaybookException e = failure("- hosts: all\n  tasks:\n    - debug: {msg: x}\n      loop: [1]\n"
                + "      loop_control: 3\n");
        assertEquals("the `loop_control` value must be specified as a dictionary and cannot be a variable itself "
                + "(though it can contain variables)", e.render());
        assertEquals(4, e.exitCode());
    }

    @Test
    void includedTaskFilesMustBeListsAndMissingOnesAreNamed() throws Exception {
        Path mapping = write("map.yml", "a: 1\n");
        PlaybookException e = assertThrows(PlaybookException.class, () -> parser().loadTasks(mapping, dir));
        assertEquals("included task files must contain a list of tasks", e.render());
        assertEquals(1, e.exitCode());
        Path missing = dir.resolve("missing.yml");
        e = assertThrows(PlaybookException.class, () -> parser().loadTasks(missing, dir));
        assertEquals("Could not find or access '" + missing + "' on the Ansible Controller.", e.getMessage());
        assertEquals(1, e.exitCode());
        assertEquals(0, parser().loadTasks(write("empty_tasks.yml", "# none\n"), dir).size());
    }

    @Test
    void playFieldsAreCheckedWithAnsiblesMessages() throws Exception {
        java.util.Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("- hosts: all\n  user: a\n  remote_user: b\n", "both 'user' and 'remote_user' are set for this play."
                + " The use of 'user' is deprecated, and should be removed");
        cases.put("- hosts: []\n", "Hosts list cannot be empty. Please check your playbook");
        cases.put("- hosts: [a, null]\n", "Hosts list cannot contain values of 'None'. Please check your playbook");
        cases.put("- hosts: [a, 3]\n", "Hosts list contains an invalid host value: '3'");
        cases.put("- hosts: all\n  tasks: 123\n", "A malformed block was encountered while loading tasks: 123 should be a"
                + " list or None but is <class 'int'>");
        cases.put("- hosts: all\n  pre_tasks: 123\n", "A malformed block was encountered while loading pre_tasks");
        cases.put("- hosts: all\n  roles: ['foo,bar']\n", "Invalid old style role requirement: foo,bar");
        for (java.util.Map.Entry<String, String> c : cases.entrySet()) {
            Path book = write("play.yml", c.getKey());
            PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(book), c.getKey());
            assertEquals(c.getValue(), e.getMessage(), c.getKey());
        }
        Path user = write("user.yml", "- hosts: all\n  user: deploy\n");
        assertEquals("deploy", parser().parse(user).plays().get(0).keywords().remoteUser());
    }

    @Test
    void aStaticallyImportedTaskFileThatIsOneStringIsRejectedAtTheString() throws Exception {
        write("scalar.yml", "# comment\nintentional syntax error\n");
        for (String keyword : List.of("import_tasks", "include")) {
            Path book = write("play.yml", "- hosts: all\n  tasks:\n    - " + keyword + ": scalar.yml\n");
            PlaybookException e = assertThrows(PlaybookException.class, () -> parser().parse(book));
            assertEquals("included task files must contain a list of tasks", e.getMessage());
            assertEquals(dir.resolve("scalar.yml").toString(), e.location().file());
            assertEquals(2, e.location().line(), keyword);
            assertEquals(1, e.location().column(), keyword);
        }
    }

    @Test
    void aRoleTasksFromFileThatIsMissingIsAParserError() throws Exception {
        write("roles/r/tasks/main.yml", "- ping:\n");
        PlaybookException e = assertThrows(PlaybookException.class,
                () -> parser().loadRole("r", dir, "nope", Map.of(), List.of(), SourceLocation.UNKNOWN, new java.util.HashSet<>()));
        assertEquals("Could not find specified file in role: tasks/nope", e.getMessage());
        assertEquals(4, e.exitCode());
    }

    @Test
    void aRoleListedAgainWithOtherTagsIsAppliedAgain() throws Exception {
        write("roles/r/tasks/main.yml", "- ping:\n");
        Play p = play("- hosts: all\n  roles:\n    - r\n    - r\n    - {role: r, tags: [again]}\n");
        assertEquals(2, p.roles().stream().filter(b -> b.role() != null).count());
    }

    @Test
    void aBareIncludeIsStaticUnlessTemplatedOrLooped() throws Exception {
        write("inc.yml", "- ping:\n");
        Play p = play("- hosts: all\n  tasks:\n    - include: inc.yml x=1\n    - include: \"{{ f }}\"\n"
                + "    - include: inc.yml\n      loop: [1]\n");
        Block imported = assertInstanceOf(Block.class, p.tasks().get(0));
        assertEquals("1", String.valueOf(imported.vars().get("x")));
        assertInstanceOf(Task.class, imported.block().get(0));
        assertEquals("include", assertInstanceOf(Include.class, p.tasks().get(1)).kind());
        assertInstanceOf(Include.class, p.tasks().get(2));
    }

    @Test
    void aBareIncludeInADynamicallyIncludedFileStaysDynamic() throws Exception {
        write("inc.yml", "- ping:\n");
        Path outer = write("outer.yml", "- include: inc.yml\n");
        assertInstanceOf(Include.class, parser().loadTasks(outer, dir).get(0));
    }
}
