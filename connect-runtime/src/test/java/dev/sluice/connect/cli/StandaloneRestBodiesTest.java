/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.herder.standalone.TickingConnectors;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON bodies of the standalone worker's REST answers have the shape Apache Kafka Connect 4.3.1 gives: the same
 * property names, in the same order, with the same nulls and absences (observed with curl on Apache's worker).
 */
@WithSharedKafka
class StandaloneRestBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String TICKING = TickingConnectors.TickingSourceConnector.class.getName();
    private static final String PLUGIN = TickingConnectors.TickingSourceConnector.class.getSimpleName();
    private static final List<String> CONNECTOR_INFO = List.of("name", "config", "tasks", "type");
    private static final List<String> KEY_DEFINITION = List.of("name", "type", "required", "default_value",
            "importance", "documentation", "group", "order_in_group", "width", "display_name", "dependents");
    private static final List<String> VALUE = List.of("name", "value", "recommended_values", "errors", "visible");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneRuntime runtime;
    private URI base;
    private String name;

    @BeforeEach
    void start(KafkaEndpoint kafka) {
        Map<String, String> props = StandaloneTestSettings.of(kafka, dir);
        props.put("config.providers", "file");
        props.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        runtime = StandaloneRuntime.start(props);
        base = runtime.rest().serverUrl();
        name = "bodies-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    @Test
    void putConfigCreatesWith201ThenUpdatesWith200AndAnswersConnectorInfoInSentKeyOrder() throws Exception {
        String config = "{\"connector.class\":\"" + TICKING + "\",\"topic\":\"" + name + "\",\"tasks.max\":\"1\"}";
        HttpResponse<String> created = send("PUT", "/connectors/" + name + "/config", config);
        assertEquals(201, created.statusCode(), created.body());
        JsonNode info = JSON.readTree(created.body());
        assertEquals(CONNECTOR_INFO, fields(info));
        assertEquals(name, info.path("name").asText());
        assertEquals(List.of("connector.class", "topic", "tasks.max", "name"), fields(info.path("config")));
        assertEquals("[{\"connector\":\"" + name + "\",\"task\":0}]", info.path("tasks").toString());
        assertEquals("source", info.path("type").asText());

        HttpResponse<String> updated = send("PUT", "/connectors/" + name + "/config", config);
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals(CONNECTOR_INFO, fields(JSON.readTree(updated.body())));
    }

    @Test
    void expandingStatusAndInfoGivesBothPerConnectorStatusFirst() throws Exception {
        create(TICKING, name);
        JsonNode listing = awaitJson("/connectors?expand=status&expand=info",
                json -> json.path(name).path("status").path("tasks").path(0).path("state").asText()
                        .equals("RUNNING"));
        assertEquals(List.of(name), fields(listing));
        JsonNode entry = listing.path(name);
        assertEquals(List.of("status", "info"), fields(entry));
        JsonNode status = entry.path("status");
        assertEquals(List.of("name", "connector", "tasks", "type"), fields(status));
        // A healthy instance has no "trace" at all rather than a null one.
        assertEquals(List.of("state", "worker_id", "version"), fields(status.path("connector")));
        assertEquals(List.of("id", "state", "worker_id", "version"), fields(status.path("tasks").path(0)));
        assertTrue(status.path("tasks").path(0).path("id").isInt());
        assertEquals(CONNECTOR_INFO, fields(entry.path("info")));
        assertTrue(entry.path("info").path("tasks").path(0).path("task").isInt());
    }

    @Test
    void patchMergesKeysAndANullValueRemovesOne() throws Exception {
        create(TICKING, name);
        HttpResponse<String> patched = send("PATCH", "/connectors/" + name + "/config",
                "{\"tasks.max\":null,\"fail.tasks\":\"5\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode info = JSON.readTree(patched.body());
        assertEquals(CONNECTOR_INFO, fields(info));
        assertFalse(info.path("config").has("tasks.max"), patched.body());
        assertEquals("5", info.path("config").path("fail.tasks").asText());
        assertEquals(name, info.path("config").path("name").asText());
        JsonNode config = JSON.readTree(send("GET", "/connectors/" + name + "/config", null).body());
        assertFalse(config.has("tasks.max"));
    }

    @Test
    void topicsAreKeyedByConnectorAndResetAnswers202WithoutBody() throws Exception {
        create(TICKING, name);
        JsonNode topics = awaitJson("/connectors/" + name + "/topics",
                json -> json.path(name).path("topics").size() > 0);
        assertEquals(List.of(name), fields(topics));
        assertEquals(List.of("topics"), fields(topics.path(name)));
        assertEquals("[\"" + name + "\"]", topics.path(name).path("topics").toString());

        HttpResponse<String> reset = send("PUT", "/connectors/" + name + "/topics/reset", null);
        assertEquals(202, reset.statusCode(), reset.body());
        assertEquals("", reset.body());
    }

    @Test
    void validatingAGoodConfigReportsEveryKeyWithDefinitionAndValue() throws Exception {
        JsonNode result = validate("{\"connector.class\":\"" + TICKING + "\",\"name\":\"v\",\"topic\":\"t\","
                + "\"tasks.max\":\"1\"}");
        assertEquals(0, result.path("error_count").asInt());
        List<String> keys = new ArrayList<>();
        result.path("configs").forEach(key -> keys.add(key.path("definition").path("name").asText()));
        // Declaration order: the worker's connector keys, then the connector's own.
        assertEquals(List.of("name", "connector.class", "connector.plugin.version", "tasks.max"),
                keys.subList(0, 4));
        assertEquals(List.of("topic", "fail.tasks"), keys.subList(keys.size() - 2, keys.size()));
        assertTrue(result.path("groups").get(0).asText().equals("Common"), result.path("groups").toString());
        JsonNode nameKey = entry(result, "name");
        assertEquals("{\"name\":\"name\",\"value\":\"v\",\"recommended_values\":[],\"errors\":[],\"visible\":true}",
                nameKey.path("value").toString());
        assertEquals("Common", nameKey.path("definition").path("group").asText());
        assertTrue(nameKey.path("definition").path("default_value").isNull());
        assertTrue(nameKey.path("definition").path("required").asBoolean());
        assertEquals("1", entry(result, "tasks.max").path("value").path("value").asText());
        // The connector's own keys follow the worker's, without a group.
        JsonNode topic = entry(result, "topic");
        assertTrue(topic.path("definition").path("group").isNull());
        assertEquals(-1, topic.path("definition").path("order_in_group").asInt());
        assertEquals("NONE", topic.path("definition").path("width").asText());
        assertEquals("t", topic.path("value").path("value").asText());
        assertEquals("", entry(result, "fail.tasks").path("value").path("value").asText());
    }

    @Test
    void validatingABadConfigCountsErrorsAndShowsNullForValuesThatDidNotParse() throws Exception {
        JsonNode result = validate("{\"connector.class\":\"" + TICKING + "\",\"topic\":\"t\","
                + "\"tasks.max\":\"zero\"}");
        JsonNode nameValue = entry(result, "name").path("value");
        assertTrue(nameValue.path("value").isNull());
        assertEquals("[\"Missing required configuration \\\"name\\\" which has no default value.\"]",
                nameValue.path("errors").toString());
        JsonNode tasksMax = entry(result, "tasks.max").path("value");
        assertTrue(tasksMax.path("value").isNull(), tasksMax.toString());
        assertEquals("Invalid value zero for configuration tasks.max: Not a number of type INT",
                tasksMax.path("errors").path(0).asText());
        int errors = 0;
        for (JsonNode config : result.path("configs")) {
            errors += config.path("value").path("errors").size();
        }
        assertEquals(errors, result.path("error_count").asInt());
        assertTrue(errors >= 2, result.toString());
    }

    @Test
    void pluginConfigListsKeyDefinitionsConnectorKeysFirst() throws Exception {
        HttpResponse<String> response = send("GET", "/connector-plugins/" + PLUGIN + "/config", null);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode keys = JSON.readTree(response.body());
        assertTrue(keys.isArray());
        List<String> names = new ArrayList<>();
        for (JsonNode key : keys) {
            assertEquals(KEY_DEFINITION, fields(key), key.toString());
            names.add(key.path("name").asText());
        }
        assertEquals(List.of("topic", "fail.tasks", "name"), names.subList(0, 3));
        assertEquals("{\"name\":\"topic\",\"type\":\"STRING\",\"required\":true,\"default_value\":null,"
                + "\"importance\":\"HIGH\",\"documentation\":\"Topic to write ticks to\",\"group\":null,"
                + "\"order_in_group\":-1,\"width\":\"NONE\",\"display_name\":\"topic\",\"dependents\":[]}",
                keys.get(0).toString());
        assertTrue(keys.get(1).path("default_value").asText().isEmpty());
        assertTrue(names.contains("connector.class") && names.contains("tasks.max"), names.toString());
    }

    @Test
    void configShowsProviderPlaceholdersUnresolvedWhileTheConnectorRunsOnResolvedValues() throws Exception {
        Path secrets = dir.resolve("secrets.properties");
        Files.writeString(secrets, "topic=" + name + "\n");
        String placeholder = "${file:" + secrets + ":topic}";
        HttpResponse<String> created = send("PUT", "/connectors/" + name + "/config", "{\"connector.class\":\""
                + TICKING + "\",\"topic\":\"" + placeholder + "\",\"tasks.max\":\"1\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(placeholder, JSON.readTree(created.body()).path("config").path("topic").asText());

        JsonNode config = JSON.readTree(send("GET", "/connectors/" + name + "/config", null).body());
        assertEquals(placeholder, config.path("topic").asText());
        JsonNode info = JSON.readTree(send("GET", "/connectors/" + name, null).body());
        assertEquals(placeholder, info.path("config").path("topic").asText());
        // The tasks themselves write to the resolved topic.
        awaitJson("/connectors/" + name + "/topics",
                json -> ("[\"" + name + "\"]").equals(json.path(name).path("topics").toString()));
    }

    private void create(String connectorClass, String topic) throws Exception {
        HttpResponse<String> created = send("POST", "/connectors", "{\"name\":\"" + name + "\",\"config\":{"
                + "\"connector.class\":\"" + connectorClass + "\",\"topic\":\"" + topic + "\",\"tasks.max\":\"1\"}}");
        assertEquals(201, created.statusCode(), created.body());
    }

    private JsonNode validate(String config) throws Exception {
        HttpResponse<String> response = send("PUT", "/connector-plugins/" + PLUGIN + "/config/validate", config);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = JSON.readTree(response.body());
        assertEquals(List.of("name", "error_count", "groups", "configs"), fields(result));
        assertEquals(TICKING, result.path("name").asText());
        assertTrue(result.path("error_count").isInt());
        for (JsonNode key : result.path("configs")) {
            assertEquals(List.of("definition", "value"), fields(key));
            assertEquals(KEY_DEFINITION, fields(key.path("definition")), key.toString());
            assertEquals(VALUE, fields(key.path("value")), key.toString());
            assertTrue(key.path("value").path("visible").isBoolean());
            assertTrue(key.path("value").path("errors").isArray());
        }
        return result;
    }

    private static JsonNode entry(JsonNode validation, String key) {
        for (JsonNode config : validation.path("configs")) {
            if (config.path("definition").path("name").asText().equals(key)) {
                return config;
            }
        }
        return fail("No " + key + " in " + validation);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(DEADLINE)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitJson(String path, Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            HttpResponse<String> response = send("GET", path, null);
            if (response.statusCode() == 200) {
                JsonNode body = JSON.readTree(response.body());
                if (condition.test(body)) {
                    return body;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting on " + path + "; last answer " + response.statusCode() + " "
                        + response.body());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }
}
