package io.jplay.template;

import io.jplay.template.TNode.Block;
import io.jplay.template.TNode.Extends;
import io.jplay.template.TNode.For;
import io.jplay.template.TNode.If;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinja2's template inheritance: a whole template is rendered here, so that its {@code {% block %}}s
 * can be overridden by a template that {@code {% extends %}} it. As Jinja2 does, every block of the
 * templates of one chain is registered first (the most derived definition first), the text of an
 * extending template after its {@code extends} is dropped (its statements still run), and its parent is
 * rendered last in the same context. A block renders the first definition of its name; {@code super()}
 * renders the next one, {@code self.name()} renders a block again. An unscoped block sees the
 * template's top-level variables, not the loop variables around it.
 */
final class Inheritance {
    /** The blocks and top-level scope of the template chain being rendered. */
    record Chain(Map<String, List<Block>> blocks, Scope top) { }

    private Inheritance() {
    }

    /** Renders a whole template (a file, an included file or a templated string) into {@code out}. */
    static void render(List<TNode> nodes, Scope scope, StringBuilder out) throws TemplateException {
        Chain saved = scope.rt.chain;
        scope.rt.chain = new Chain(new HashMap<>(), scope);
        try {
            renderLevel(nodes, scope, out);
        } finally {
            scope.rt.chain = saved;
        }
    }

    private static void renderLevel(List<TNode> nodes, Scope scope, StringBuilder out) throws TemplateException {
        register(nodes, scope.rt.chain.blocks());
        Object parent = null;
        StringBuilder sink = out;
        for (TNode n : nodes) {
            if (n instanceof Extends e) {
                if (parent != null) {
                    throw new TemplateSyntaxError("extended multiple times");
                }
                parent = Ops.defined(Evaluator.eval(e.template(), scope));
                sink = new StringBuilder();
            } else if (!(parent != null && n instanceof Block)) {
                Renderer.render(List.of(n), scope, sink);
            }
        }
        if (parent != null) {
            String name = PythonRepr.str(parent);
            Path file = BlockRenderer.find(scope, name);
            if (file == null) {
                throw new TemplateException(name);
            }
            renderLevel(TemplateParser.parse(BlockRenderer.withoutTrailingNewline(Lookups.read(file)),
                    scope.rt.delimiters), scope, out);
        }
    }

    /** Adds every block in {@code nodes}, nested ones too, after the definitions already known. */
    private static void register(List<TNode> nodes, Map<String, List<Block>> blocks) {
        for (TNode n : nodes) {
            if (n instanceof Block b) {
                blocks.computeIfAbsent(b.name(), k -> new ArrayList<>()).add(b);
                register(b.body(), blocks);
            } else if (n instanceof If i) {
                i.bodies().forEach(body -> register(body, blocks));
                register(i.otherwise(), blocks);
            } else if (n instanceof For f) {
                register(f.body(), blocks);
                register(f.otherwise(), blocks);
            }
        }
    }

    /** A {@code {% block %}} met while rendering: its most derived definition. */
    static void renderBlock(Block b, Scope s, StringBuilder out) throws TemplateException {
        Chain chain = s.rt.chain;
        List<Block> defs = chain == null ? null : chain.blocks().get(b.name());
        if (defs == null || defs.isEmpty()) {
            defs = List.of(b);
        }
        Scope base = b.scoped() || chain == null ? s : chain.top();
        out.append(renderDefinition(defs, 0, base, chain));
    }

    private static String renderDefinition(List<Block> defs, int i, Scope base, Chain chain) throws TemplateException {
        Block b = defs.get(i);
        Scope inner = base.child();
        inner.set("super", (PyCallable) (args, kwargs) -> i + 1 < defs.size()
                ? renderDefinition(defs, i + 1, base, chain)
                : new Undefined("there is no parent block called '" + b.name() + "'."));
        StringBuilder sb = new StringBuilder();
        Renderer.render(b.body(), inner, sb);
        return sb.toString();
    }

    /** Jinja2's {@code self}: {@code self.name()} renders block {@code name} of the chain. */
    static JinjaGlobals.Namespace self(Chain chain) {
        JinjaGlobals.Namespace self = new JinjaGlobals.Namespace("TemplateReference");
        chain.blocks().forEach((name, defs) -> self.set(name,
                (PyCallable) (args, kwargs) -> renderDefinition(defs, 0, chain.top(), chain)));
        return self;
    }
}
