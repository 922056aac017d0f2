/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.sluice.connect.rest.RestHarness.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** /admin/loggers through Logback: reading levels, changing them for a logger and its descendants. */
class LoggingResourceTest {

    private static final RestHarness rest = new RestHarness();
    private static final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterAll
    static void stop() {
        rest.close();
    }

    @Test
    void listingShowsEveryExistingLoggerWithItsEffectiveLevel() {
        logback.getLogger("restq.listed").setLevel(Level.WARN);
        logback.getLogger("restq.listed.inheriting");
        Reply reply = rest.get("/admin/loggers");
        assertEquals(200, reply.status());
        assertTrue(reply.json().has("root"), reply.body());
        assertEquals("{\"level\":\"WARN\",\"last_modified\":null}", reply.json().path("restq.listed").toString());
        assertEquals("WARN", reply.json().path("restq.listed.inheriting").path("level").asText());
    }

    @Test
    void oneLoggerShowsItsEffectiveLevel() {
        logback.getLogger("restq.parent").setLevel(Level.ERROR);
        logback.getLogger("restq.parent.child");
        Reply reply = rest.get("/admin/loggers/restq.parent.child");
        assertEquals(200, reply.status());
        assertEquals("{\"level\":\"ERROR\",\"last_modified\":null}", reply.body());
        assertEquals(200, rest.get("/admin/loggers/root").status());
    }

    @Test
    void aLoggerNoCodeHasCreatedIsA404() {
        Reply reply = rest.get("/admin/loggers/restq.never.created");
        assertEquals(404, reply.status());
        assertEquals("{\"error_code\":404,\"message\":\"Logger restq.never.created not found.\"}", reply.body());
    }

    @Test
    void settingALevelChangesTheLoggerAndItsDescendantsAndRecordsWhen() {
        logback.getLogger("restq.set").setLevel(Level.INFO);
        logback.getLogger("restq.set.a").setLevel(Level.WARN);
        logback.getLogger("restq.set.a.b");
        logback.getLogger("restq.setother");
        long before = System.currentTimeMillis();
        Reply reply = rest.put("/admin/loggers/restq.set", "{\"level\":\"debug\"}");
        assertEquals(200, reply.status());
        assertEquals("[\"restq.set\",\"restq.set.a\",\"restq.set.a.b\"]", reply.body());
        assertEquals(Level.DEBUG, logback.getLogger("restq.set.a").getLevel());
        assertNull(logback.getLogger("restq.setother").getLevel());

        Reply level = rest.get("/admin/loggers/restq.set.a");
        assertEquals("DEBUG", level.json().path("level").asText());
        assertTrue(level.json().path("last_modified").asLong() >= before, level.body());
    }

    @Test
    void onlyLoggersWhoseLevelChangedAreListedAndTimestamped() {
        logback.getLogger("restq.same").setLevel(Level.INFO);
        Reply reply = rest.put("/admin/loggers/restq.same", "{\"level\":\"INFO\"}");
        assertEquals("[]", reply.body());
        assertEquals("{\"level\":\"INFO\",\"last_modified\":null}", rest.get("/admin/loggers/restq.same").body());
    }

    @Test
    void clusterScopeAnswers204() {
        Reply reply = rest.put("/admin/loggers/restq.cluster?scope=cluster", "{\"level\":\"WARN\"}");
        assertEquals(204, reply.status());
        assertEquals(Level.WARN, logback.getLogger("restq.cluster").getLevel());
    }

    @Test
    void missingLevelIsA400() {
        Reply reply = rest.put("/admin/loggers/restq.x", "{}");
        assertEquals(400, reply.status());
        assertEquals("{\"error_code\":400,\"message\":\"Desired 'level' parameter was not specified in request.\"}",
                reply.body());
    }

    @Test
    void aBodyKeyOtherThanLevelIsA400AndChangesNothing() {
        logback.getLogger("restq.typo").setLevel(Level.WARN);
        Reply reply = rest.put("/admin/loggers/restq.typo", "{\"level\":\"DEBUG\",\"scope\":\"cluster\"}");
        assertEquals(400, reply.status());
        assertEquals("{\"error_code\":400,\"message\":\"Unknown field 'scope' in request body: the body is"
                + " {\\\"level\\\": \\\"<level>\\\"} and nothing else\"}", reply.body());
        assertEquals(Level.WARN, logback.getLogger("restq.typo").getLevel());
    }

    @Test
    void unknownLevelIsA404AsInApache() {
        Reply reply = rest.put("/admin/loggers/restq.x", "{\"level\":\"LOUD\"}");
        assertEquals(404, reply.status());
        assertEquals("{\"error_code\":404,\"message\":\"invalid log level 'LOUD'.\"}", reply.body());
    }
}
