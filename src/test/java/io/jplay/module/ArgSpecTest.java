package io.jplay.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgSpecTest {
    private static final ArgSpec SPEC = ArgSpec.builder()
            .option("a", ArgType.INT)
            .option(ArgOption.of("b", ArgType.STR).withChoices("x", "y"))
            .option(ArgOption.of("c", ArgType.LIST).withElements(ArgType.STR))
            .option("d", ArgType.DICT)
            .option("e", ArgType.BOOL)
            .option(ArgOption.of("f", ArgType.STR).asRequired())
            .option("g", ArgType.PATH)
            .option("h", ArgType.RAW)
            .option(ArgOption.of("i", ArgType.STR).withAliases("ii"))
            .option("j", ArgType.FLOAT)
            .mutuallyExclusive("a", "b")
            .requiredOneOf("c", "d")
            .build();

    private static Map<String, Object> args(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String error(Object... kv) {
        return SPEC.check("m", args(kv)).error();
    }

    @Test
    void missingRequiredArgumentIsReportedFirst() {
        assertEquals("missing required arguments: f", error("a", "1.5"));
    }

    @Test
    void stringThatIsNotAnIntegerCannotBeConvertedToInt() {
        assertEquals("argument 'a' is of type <class 'str'> and we were unable to convert to int: "
                + "<class 'str'> cannot be converted to an int", error("a", "1.5", "f", "x", "c", "z"));
    }

    @Test
    void floatIsNotAcceptedAsInt() {
        assertEquals("argument 'a' is of type <class 'float'> and we were unable to convert to int: "
                + "<class 'float'> cannot be converted to an int", error("a", 1.0, "f", "x", "c", "z"));
    }

    @Test
    void paddedDigitsConvertToInt() {
        assertEquals(12L, SPEC.check("m", args("a", " 12 ", "f", "x", "c", "z")).params().get("a"));
    }

    @Test
    void choiceOutsideTheListIsRejected() {
        assertEquals("value of b must be one of: x, y, got: z", error("b", "z", "f", 1, "c", "q"));
    }

    @Test
    void explicitNoneIsCheckedAgainstChoices() {
        assertEquals("value of b must be one of: x, y, got: None", error("b", null, "f", "x", "c", "q"));
    }

    @Test
    void mutuallyExclusiveParametersAreJoinedWithBars() {
        assertEquals("parameters are mutually exclusive: a|b", error("a", 1, "b", "x", "f", "q"));
    }

    @Test
    void requiredOneOfListsTheGroup() {
        assertEquals("one of the following is required: c, d", error("f", "x"));
    }

    @Test
    void commaSeparatedStringBecomesList() {
        assertEquals(List.of("a", "b"), SPEC.check("m", args("f", "x", "c", "a,b")).params().get("c"));
    }

    @Test
    void numberBecomesSingleElementStringList() {
        assertEquals(List.of("5"), SPEC.check("m", args("f", "x", "c", 5L)).params().get("c"));
    }

    @Test
    void listElementsAreConvertedToStrings() {
        assertEquals(List.of("1", "2"), SPEC.check("m", args("f", "x", "c", List.of(1L, 2L))).params().get("c"));
    }

    @Test
    void dictCannotBeConvertedToList() {
        assertEquals("argument 'c' is of type <class 'dict'> and we were unable to convert to list: "
                + "<class 'dict'> cannot be converted to a list", error("f", "x", "c", Map.of("k", 1L)));
    }

    @Test
    void keyValueStringBecomesDict() {
        assertEquals(Map.of("a", "1", "b", "2"), SPEC.check("m", args("f", "x", "d", "a=1 b=2")).params().get("d"));
    }

    @Test
    void jsonStringBecomesDict() {
        assertEquals(Map.of("a", 1L), SPEC.check("m", args("f", "x", "d", "{\"a\":1}")).params().get("d"));
    }

    @Test
    void nonStringIsRenderedAsPythonStrForStrOptions() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("a", true);
        inner.put("b", null);
        Object f = SPEC.check("m", args("f", List.of(1L, inner), "c", "q")).params().get("f");
        assertEquals("[1, {'a': True, 'b': None}]", f);
    }

    @Test
    void booleanWordsAreCaseInsensitive() {
        assertEquals(true, SPEC.check("m", args("f", "x", "c", "q", "e", "Yes")).params().get("e"));
    }

    @Test
    void invalidBooleanNamesTheValidOnes() {
        assertEquals("argument 'e' is of type <class 'int'> and we were unable to convert to bool: The value '2' "
                + "is not a valid boolean.  Valid booleans include: 0, 1, '0', 't', '1', 'true', 'n', 'yes', 'on', "
                + "'y', 'off', 'false', 'f', 'no'", error("f", "x", "c", "q", "e", 2L));
    }

    @Test
    void aliasValueWinsAndBothAreKeptWithWarning() {
        ArgSpec.Validation v = SPEC.check("m", args("f", "x", "c", "q", "i", "1", "ii", "2"));
        assertEquals("2", v.params().get("i"));
        assertEquals("2", v.params().get("ii"));
        assertEquals(List.of("Both option i and its alias ii are set."), v.warnings());
    }

    @Test
    void unsupportedParametersListSupportedOnesWithAliases() {
        assertEquals("Unsupported parameters for (m) module: yy, zz. Supported parameters include: "
                + "a, b, c, d, e, f, g, h, i, j (ii).", error("f", "x", "c", "q", "zz", 1L, "yy", 2L));
    }

    @Test
    void unsupportedParametersComeAfterOtherErrors() {
        assertEquals("missing required arguments: f", error("zz", 1L, "c", "q"));
    }

    @Test
    void stringFloatConvertsToFloat() {
        assertEquals(1.5, SPEC.check("m", args("f", "x", "c", "q", "j", "1.5")).params().get("j"));
    }

    @Test
    void absentOptionsAreFilledWithNone() {
        Map<String, Object> p = SPEC.check("m", args("f", "x", "c", "q")).params();
        assertTrue(p.containsKey("h"));
        assertNull(p.get("h"));
        assertEquals(10, p.size());
    }

    @Test
    void validateThrowsWithInvocationOfTheNormalisedArgs() {
        ModuleException e = assertThrows(ModuleException.class, () -> SPEC.validate("m", args("c", "q")));
        Map<String, Object> result = e.toResult();
        assertEquals("missing required arguments: f", result.get("msg"));
        assertTrue(((Map<?, ?>) ((Map<?, ?>) result.get("invocation")).get("module_args")).containsKey("j"));
    }

    @Test
    void ansibleInternalKeysAreNotUnsupported() {
        assertNull(error("f", "x", "c", "q", "_ansible_check_mode", true));
    }
}
