package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.module.LoadedStrings;
import io.jplay.python.PyRepr;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecDataValidatorTest {

    private static List<String> validate(Map<String, Object> spec, Map<String, Object> params) {
        return new SpecDataValidator(PyRepr::typeName).validate(spec, new LinkedHashMap<>(params));
    }

    private static Map<String, Object> servers() {
        return Map.of("servers", Map.of("type", "list", "elements", "dict",
                "options", Map.of("host", Map.of("required", true), "port", Map.of("type", "int", "default", 80),
                        "cert", Map.of(), "key", Map.of()),
                "required_if", List.of(List.of("port", 443, List.of("cert", "key"), true)),
                "required_by", Map.of("key", List.of("cert"))));
    }

    @Test
    void nestedListOfDictsReportsWhereEachErrorWasFound() {
        List<String> errors = validate(servers(), Map.of("servers", List.of(
                Map.of("host", "a", "port", 443), Map.of("port", "x"), Map.of("host", "c", "key", "k"))));
        assertEquals(List.of(
                "port is 443 but any of the following are missing: cert, key found in servers",
                "missing required arguments: host found in servers",
                "argument 'port' is of type <class 'str'> found in 'servers'. and we were unable to convert to int: "
                        + "<class 'str'> cannot be converted to an int",
                "missing parameter(s) required by 'key': cert found in servers"), errors);
    }

    @Test
    void unsupportedNamesComeLastWithTheirPath() {
        List<String> errors = validate(servers(), Map.of("servers", List.of(Map.of("host", "a", "bogus", 1)), "x", 1));
        assertEquals(List.of("servers.bogus, x. Supported parameters include: cert, host, key, port."), errors);
    }

    @Test
    void aStringElementOfAListOfDictsThatIsNoDictFailsTwice() {
        List<String> errors = validate(servers(), Map.of("servers", "nodict"));
        assertEquals(List.of("dictionary requested, could not parse JSON or key=value",
                "Elements value for option 'servers' is of type <class 'str'> and we were unable to convert to dict: "
                        + "dictionary requested, could not parse JSON or key=value"), errors);
    }

    @Test
    void loadedStringsFollowOneVariableTemplatesToTheirYamlString() {
        LoadedStrings loaded = new LoadedStrings(Map.of("word", "abc", "made", "{{ 'a' ~ 'bc' }}"));
        String plain = new String("abc");
        String viaVar = new String("abc");
        String rendered = new String("abc");
        loaded.add(Map.of("a", "abc", "b", "{{ word }}", "c", "{{ made }}"), Map.of("a", plain, "b", viaVar, "c", rendered));
        String unicode = "<class 'ansible.parsing.yaml.objects.AnsibleUnicode'>";
        assertEquals(List.of(unicode, unicode, "<class 'str'>"),
                List.of(loaded.typeName(plain), loaded.typeName(viaVar), loaded.typeName(rendered)));
    }
}
