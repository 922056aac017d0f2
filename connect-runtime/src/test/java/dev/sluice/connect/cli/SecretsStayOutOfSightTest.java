/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A password given through a config provider reaches the task, but not the config topic, any REST answer or the
 * log; a password given in clear to validation comes back as {@code [hidden]}.
 */
@WithSharedKafka
class SecretsStayOutOfSightTest {

    private static final String SECRET = "pr0vided-s3cret-9f1c";
    private static final String TYPED_SECRET = "typed-s3cret-47aa";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    @Test
    void aProvidedPasswordReachesTheTaskButNoStoreAnswerOrLogLine(KafkaTestClients kafka) throws Exception {
        Path secrets = dir.resolve("secrets.properties");
        Files.writeString(secrets, "db.password=" + SECRET + "\n", StandardCharsets.UTF_8);
        Map<String, String> settings = DistributedRestWorker.settings(new KafkaEndpoint(kafka.bootstrapServers()));
        settings.put("config.providers", "file");
        settings.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        String topic = DistributedRestWorker.uniqueName("digests");
        String placeholder = "${file:" + secrets + ":db.password}";

        try (DistributedRestWorker worker = DistributedRestWorker.start(settings)) {
            String config = "{\"connector.class\":\"" + SecretConfigConnector.class.getName() + "\",\"topic\":\""
                    + topic + "\",\"password\":\"" + placeholder + "\"}";
            assertEquals(201, worker.send("POST", "/connectors", "{\"name\":\"secretive\",\"config\":" + config + "}")
                    .statusCode());
            worker.awaitStates("secretive", "RUNNING", "RUNNING");

            ConsumerRecord<String, String> written = kafka.consume(topic, 1, Duration.ofSeconds(60)).get(0);
            assertEquals(SecretConfigConnector.digest(SECRET), written.value(), "the task got the resolved secret");

            for (String path : List.of("/connectors/secretive", "/connectors/secretive/config",
                    "/connectors/secretive/tasks", "/connectors/secretive/status",
                    "/connectors?expand=info&expand=status")) {
                String body = worker.send("GET", path, null).body();
                assertFalse(body.contains(SECRET), path + " shows the secret: " + body);
            }
            assertTrue(worker.send("GET", "/connectors/secretive/config", null).body().contains(placeholder),
                    "the stored config keeps the placeholder");
            for (ConsumerRecord<String, String> record : kafka.consume(settings.get("config.storage.topic"),
                    recordCount(kafka, settings.get("config.storage.topic")), Duration.ofSeconds(30))) {
                assertFalse(String.valueOf(record.value()).contains(SECRET), "config topic record " + record.key());
            }

            String validate = worker.send("PUT", "/connector-plugins/" + SecretConfigConnector.class.getName()
                    + "/config/validate", "{\"connector.class\":\"" + SecretConfigConnector.class.getName()
                    + "\",\"name\":\"v\",\"topic\":\"t\",\"password\":\"" + TYPED_SECRET + "\"}").body();
            JsonNode password = passwordValue(validate);
            assertEquals("[hidden]", password.get("value").asText(), validate);
            assertFalse(validate.contains(TYPED_SECRET), validate);
        }
        assertTrue(log.list.stream().anyMatch(event -> event.getFormattedMessage().contains("secretive")),
                "the worker's log lines about the connector were captured");
        for (ILoggingEvent event : log.list) {
            String line = event.getFormattedMessage();
            assertFalse(line.contains(SECRET) || line.contains(TYPED_SECRET), "logged: " + line);
        }
    }

    private static int recordCount(KafkaTestClients kafka, String topic) {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            return (int) admin.listOffsets(Map.of(partition, OffsetSpec.latest())).partitionResult(partition).get()
                    .offset();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode passwordValue(String validateBody) throws Exception {
        for (JsonNode config : DistributedRestWorker.JSON.readTree(validateBody).get("configs")) {
            if ("password".equals(config.at("/value/name").asText())) {
                return config.get("value");
            }
        }
        throw new AssertionError("no password in " + validateBody);
    }
}
