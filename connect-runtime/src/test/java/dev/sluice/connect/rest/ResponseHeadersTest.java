/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.connect.config.ResponseHeaderRulesValidator;
import dev.sluice.connect.rest.RestHarness.Reply;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code response.http.headers.config}: the operator's headers are on every answer, errors included. */
class ResponseHeadersTest {

    private static final String RULES = "set X-Frame-Options: DENY, add Cache-Control: no-store,"
            + " \"set Content-Security-Policy: default-src 'self', frame-ancestors 'none'\", setDate Expires: 60000";

    private final RestHarness rest = new RestHarness(RestServerConfig.forListeners("http://localhost:0")
            .withResponseHeaders(ResponseHeaderRulesValidator.split(RULES)));

    @AfterEach
    void stop() {
        rest.close();
    }

    @Test
    void everyRuleShapesTheAnswersHeaders() {
        for (Reply reply : List.of(rest.get("/connectors"), rest.get("/connectors/missing"))) {
            assertEquals("DENY", reply.headers().firstValue("X-Frame-Options").orElseThrow());
            assertTrue(reply.headers().allValues("Cache-Control").contains("no-store"), reply.headers().toString());
            // A quoted rule keeps the commas inside its value.
            assertEquals("default-src 'self', frame-ancestors 'none'",
                    reply.headers().firstValue("Content-Security-Policy").orElseThrow());
            ZonedDateTime expires = ZonedDateTime.parse(reply.headers().firstValue("Expires").orElseThrow(),
                    DateTimeFormatter.RFC_1123_DATE_TIME);
            long ahead = expires.toInstant().toEpochMilli() - System.currentTimeMillis();
            assertTrue(ahead > 50_000 && ahead <= 60_000, "Expires is " + ahead + " ms ahead");
        }
        assertEquals(404, rest.get("/connectors/missing").status());
    }

    @Test
    void withoutRulesNothingIsAdded() {
        try (RestHarness plain = new RestHarness()) {
            assertTrue(plain.get("/connectors").headers().firstValue("X-Frame-Options").isEmpty());
        }
    }
}
