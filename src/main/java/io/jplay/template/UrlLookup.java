package io.jplay.template;

import io.jplay.python.PyText;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The {@code url} lookup: GETs each term and returns its body, split into lines unless
 * {@code split_lines=False}; HTTP errors and connection failures carry Ansible's messages.
 */
final class UrlLookup {
    private UrlLookup() {
    }

    static List<Object> run(Call c) throws TemplateException {
        Map<String, Object> kw = c.kwargs();
        boolean split = Ops.truthy(kw.getOrDefault("split_lines", true));
        int timeoutMs = (int) (Ops.toDouble(number(kw.getOrDefault("timeout", 10L))) * 1000);
        Object fr = kw.getOrDefault("follow_redirects", "urllib2");
        boolean follow = !"none".equals(fr) && !Boolean.FALSE.equals(fr) && !"no".equals(fr);
        List<Object> out = new ArrayList<>();
        for (Object t : c.args()) {
            String term = PythonRepr.str(t);
            String body = fetch(term, kw, timeoutMs, follow);
            if (split) {
                out.addAll(PyText.splitlines(body));
            } else {
                out.add(body);
            }
        }
        return out;
    }

    private static Object number(Object v) {
        return v instanceof String s ? Double.parseDouble(s) : v;
    }

    private static String fetch(String term, Map<String, Object> kw, int timeoutMs, boolean follow)
            throws TemplateException {
        URL url;
        try {
            URI uri = new URI(term);
            if (uri.getScheme() == null) {
                throw new URISyntaxException(term, "no scheme");
            }
            url = uri.toURL();
        } catch (URISyntaxException | IllegalArgumentException | java.net.MalformedURLException e) {
            throw LookupFailure.of("ValueError", "unknown url type: " + PythonRepr.repr(term));
        }
        try {
            HttpURLConnection conn = (HttpURLConnection) url.openConnection();
            conn.setConnectTimeout(timeoutMs);
            conn.setReadTimeout(timeoutMs);
            conn.setInstanceFollowRedirects(follow);
            conn.setRequestProperty("User-Agent", PythonRepr.str(kw.getOrDefault("http_agent", "ansible-httpget")));
            if (kw.get("headers") instanceof Map<?, ?> headers) {
                headers.forEach((k, v) -> conn.setRequestProperty(PythonRepr.str(k), PythonRepr.str(v)));
            }
            Object user = kw.get("username");
            if (user != null) {
                String pw = kw.get("password") == null ? "" : PythonRepr.str(kw.get("password"));
                conn.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (PythonRepr.str(user) + ":" + pw).getBytes(StandardCharsets.UTF_8)));
            }
            int code = conn.getResponseCode();
            if (code >= 400) {
                throw new TemplateException("Received HTTP error for " + term + " : HTTP Error " + code + ": "
                        + conn.getResponseMessage());
            }
            try (InputStream in = conn.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (ConnectException e) {
            throw new TemplateException("Failed lookup url for " + term + " : <urlopen error [Errno 111] Connection refused>");
        } catch (IOException e) {
            throw new TemplateException("Failed lookup url for " + term + " : <urlopen error " + e.getMessage() + ">");
        }
    }
}
