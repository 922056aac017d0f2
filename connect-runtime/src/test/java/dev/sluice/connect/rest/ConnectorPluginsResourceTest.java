/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.connect.rest.RestHarness.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** /connector-plugins: listing, config definitions and validation. */
class ConnectorPluginsResourceTest {

    private static final RestHarness rest = new RestHarness();

    @AfterAll
    static void stop() {
        rest.close();
    }

    @Test
    void listingShowsConnectorsOnlyByDefault() {
        Reply reply = rest.get("/connector-plugins");
        assertEquals(200, reply.status());
        assertEquals("[{\"class\":\"com.example.FakeSource\",\"type\":\"source\",\"version\":\"1.0\"}]", reply.body());
        assertEquals(reply.body(), rest.get("/connector-plugins?connectorsOnly=true").body());
    }

    @Test
    void connectorsOnlyFalseAddsTheOtherPluginTypes() {
        Reply reply = rest.get("/connector-plugins?connectorsOnly=false");
        assertEquals(200, reply.status());
        assertEquals("transformation", reply.json().path(1).path("type").asText());
    }

    @Test
    void pluginConfigListsKeyDefinitionsWithDefaultsAsStrings() {
        Reply reply = rest.get("/connector-plugins/FakeSource/config");
        assertEquals(200, reply.status());
        assertEquals("[{\"name\":\"topic\",\"type\":\"STRING\",\"required\":true,\"default_value\":null,"
                + "\"importance\":\"HIGH\",\"documentation\":\"Topic to write to\",\"group\":null,"
                + "\"order_in_group\":-1,\"width\":\"NONE\",\"display_name\":\"topic\",\"dependents\":[]},"
                + "{\"name\":\"batch.size\",\"type\":\"INT\",\"required\":false,\"default_value\":\"2000\","
                + "\"importance\":\"LOW\",\"documentation\":\"Records per poll\",\"group\":null,"
                + "\"order_in_group\":-1,\"width\":\"NONE\",\"display_name\":\"batch.size\",\"dependents\":[]}]",
                reply.body());
    }

    @Test
    void configOfAnUnknownPluginIsA404() {
        Reply reply = rest.get("/connector-plugins/Nope/config");
        assertEquals(404, reply.status());
        assertEquals("{\"error_code\":404,\"message\":\"Unknown plugin Nope.\"}", reply.body());
    }

    @Test
    void validationAnswers200WithErrorsPerKey() {
        Reply reply = rest.put("/connector-plugins/FakeSource/config/validate",
                "{\"connector.class\":\"FakeSource\",\"batch.size\":\"zero\"}");
        assertEquals(200, reply.status());
        assertEquals("FakeSource", reply.json().path("name").asText());
        assertEquals(2, reply.json().path("error_count").asInt());
        assertEquals("{\"name\":\"batch.size\",\"value\":null,\"recommended_values\":[],"
                        + "\"errors\":[\"Invalid value zero for configuration batch.size: Not a number of type INT\"],"
                        + "\"visible\":true}",
                valueOf(reply, "batch.size"));
    }

    private static String valueOf(Reply reply, String key) {
        for (var config : reply.json().path("configs")) {
            if (config.path("value").path("name").asText().equals(key)) {
                return config.path("value").toString();
            }
        }
        throw new AssertionError(key + " not in " + reply.body());
    }

    @Test
    void validationAcceptsTheFullClassNameForAnAliasInThePath() {
        Reply reply = rest.put("/connector-plugins/FakeSourceConnector/config/validate",
                "{\"connector.class\":\"com.example.FakeSource\",\"topic\":\"t\"}");
        assertEquals(200, reply.status());
        assertEquals(0, reply.json().path("error_count").asInt());
    }

    @Test
    void validationWithoutConnectorClassIsA400() {
        Reply reply = rest.put("/connector-plugins/FakeSource/config/validate", "{\"tasks.max\":\"1\"}");
        assertEquals(400, reply.status());
        assertEquals("{\"error_code\":400,\"message\":\"Connector config {tasks.max=1} contains no connector type\"}",
                reply.body());
    }

    @Test
    void validationOfAnotherPluginThanThePathIsA400() {
        Reply reply = rest.put("/connector-plugins/FakeSink/config/validate", "{\"connector.class\":\"FakeSource\"}");
        assertEquals(400, reply.status());
        assertEquals("Included connector type FakeSource does not match request type FakeSink",
                reply.json().path("message").asText());
    }
}
