/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.rest.RestHarness.Reply;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web console's files at /ui/: served from the worker's jar, and nothing else reachable from there. */
class ConsoleResourceTest {

    private final RestHarness rest = new RestHarness();

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void uiWithoutTheSlashIsSentToTheConsolesFolder() {
        Reply reply = rest.get("/ui");
        assertEquals(303, reply.status());
        assertEquals("/ui/", URI.create(reply.headers().firstValue("Location").orElseThrow()).getPath());
    }

    @Test
    void theConsolePageAndEveryFileItLoadsAreServedWithTheirTypes() {
        Reply page = rest.get("/ui/");
        assertEquals(200, page.status());
        assertEquals("text/html;charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElseThrow());
        List<String> linked = linkedFiles(page.body(), Pattern.compile("(?:src|href)=\"([a-z-]+\\.[a-z]+)\""));
        assertEquals(List.of("style.css", "icon.svg", "app.js", "icon.svg"), linked);
        Reply app = rest.get("/ui/app.js");
        assertEquals("text/javascript;charset=utf-8", app.headers().firstValue("Content-Type").orElseThrow());
        // Every module the app imports, and the modules those import, are there too.
        Pattern imports = Pattern.compile("from '\\./([a-z-]+\\.js)'");
        for (String module : List.of("app.js", "api.js", "detail.js", "form.js", "lists.js", "actions.js",
                "chart.js", "rates.js", "dom.js", "preview.js")) {
            Reply reply = rest.get("/ui/" + module);
            assertEquals(200, reply.status(), module);
            for (String imported : linkedFiles(reply.body(), imports)) {
                assertEquals(200, rest.get("/ui/" + imported).status(), module + " imports " + imported);
            }
        }
        assertEquals("text/css;charset=utf-8", rest.get("/ui/style.css").headers().firstValue("Content-Type")
                .orElseThrow());
        assertEquals("image/svg+xml", rest.get("/ui/icon.svg").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void onlyTheConsolesOwnFilesCanBeFetched() {
        for (String path : List.of("/ui/missing.js", "/ui/..%2Flogback.xml", "/ui/%2E%2E%2Fpackage-info.class",
                "/ui/ConsoleResource.class", "/ui/index.html%00.js", "/ui/.hidden.js")) {
            Reply reply = rest.get(path);
            assertTrue(reply.status() == 404 || reply.status() == 400, path + " answered " + reply.status());
            assertTrue(reply.body().contains("error_code"), path + ": " + reply.body());
        }
    }

    private static List<String> linkedFiles(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }
}
