package io.jplay.module.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplay.template.TemplateException;
import org.junit.jupiter.api.Test;

/** The template action's failure message: the error's Python class, then its text (ansible-core's action/template.py). */
class TemplateModuleErrorsTest {

    @Test
    void errorsArePrefixedWithTheirPythonClass() {
        assertEquals("AnsibleUndefinedVariable: 'nope' is undefined. 'nope' is undefined",
                TemplateModule.actionError(TemplateException.undefined("'nope' is undefined")));
        assertEquals("AnsibleError: template error while templating string: x",
                TemplateModule.actionError(new TemplateException("template error while templating string: x")));
        assertEquals("ValueError: math domain error",
                TemplateModule.actionError(TemplateException.valueError("math domain error")));
        assertEquals("TemplateSyntaxError: Could not load \"a\": 'a'\n  line 0", TemplateModule.actionError(
                TemplateException.pythonException("TemplateSyntaxError: Could not load \"a\": 'a'\n  line 0", "tb")));
    }
}
