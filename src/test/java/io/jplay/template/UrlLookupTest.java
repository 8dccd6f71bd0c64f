package io.jplay.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The url lookup against a local HTTP server (messages as ansible-core 2.14 gives them for Python's http.server). */
class UrlLookupTest {
    private HttpServer server;
    private String base;
    private final AnsibleTemplater templater = new AnsibleTemplater(w -> { });

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/a.txt", ex -> {
            byte[] body = ("line1\nline2\n" + ex.getRequestHeaders().getFirst("User-Agent")).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/missing", ex -> {
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void splitsLinesUnlessAskedNotTo() throws Exception {
        assertEquals("line1,line2,ansible-httpget", templater.template("{{ lookup('url', '" + base + "/a.txt') }}", Map.of()));
        assertEquals(List.of("line1\nline2\nansible-httpget"),
                templater.template("{{ query('url', '" + base + "/a.txt', split_lines=False) }}", Map.of()));
    }

    @Test
    void httpErrorsAndBadUrlsReadAsAnsible() {
        TemplateException e = assertThrows(TemplateException.class,
                () -> templater.template("{{ lookup('url', '" + base + "/missing') }}", Map.of()));
        assertEquals("An unhandled exception occurred while running the lookup plugin 'url'. Error was a <class "
                + "'ansible.errors.AnsibleError'>, original message: Received HTTP error for " + base
                + "/missing : HTTP Error 404: Not Found. Received HTTP error for " + base + "/missing : HTTP Error 404: "
                + "Not Found", e.getMessage());
        e = assertThrows(TemplateException.class, () -> templater.template("{{ lookup('url', 'nourl') }}", Map.of()));
        assertEquals("An unhandled exception occurred while running the lookup plugin 'url'. Error was a <class "
                + "'ValueError'>, original message: unknown url type: 'nourl'. unknown url type: 'nourl'", e.getMessage());
    }
}
