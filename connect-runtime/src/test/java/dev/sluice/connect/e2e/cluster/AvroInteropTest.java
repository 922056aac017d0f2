/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.connect.e2e.BuildLayout;
import dev.sluice.connect.e2e.Eventually;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.SchemaRegistryEndpoint;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import dev.sluice.connect.testkit.junit.WithSharedSchemaRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sluice's Avro converter against a Confluent-format client nobody here wrote: kafkajs with
 * {@code @kafkajs/confluent-schema-registry} (avsc inside), run with the machine's Node.js. Records that client
 * produces reach PostgreSQL through Sluice's JDBC sink; rows Sluice's JDBC source writes are decoded by that client.
 * Both ways through a real registry and a real broker, value for value. Skipped where Node.js is not installed
 * ({@code .ci/run} installs it).
 */
@Tag("slow")
@WithSharedKafka
@WithSharedSchemaRegistry
class AvroInteropTest {

    private static final int COUNT = 500;
    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration COPY = Duration.ofMinutes(2);
    private static final String AVRO = "io.confluent.connect.avro.AvroConverter";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path client;

    @TempDir
    Path dir;

    /** Installs the client's two npm packages once per build, under target/. */
    @BeforeAll
    static void installClient() throws Exception {
        assumeTrue(commandWorks("node", "--version") && commandWorks("npm", "--version"),
                "Node.js and npm are needed for the interoperability test");
        client = BuildLayout.buildDir().resolve("avro-interop");
        Files.createDirectories(client);
        for (String file : List.of("package.json", "interop.js")) {
            try (InputStream in = AvroInteropTest.class.getResourceAsStream("/avro-interop/" + file)) {
                Files.copy(in, client.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!Files.isDirectory(client.resolve("node_modules/kafkajs"))) {
            run(client, Duration.ofMinutes(3), "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
        }
    }

    @Test
    void recordsFromAnIndependentClientReachPostgresThroughSluicesSink(KafkaTestClients kafka,
            SchemaRegistryEndpoint registry) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String topic = "interop-in-" + id;
        String table = "interop_in_" + id;
        kafka.createTopic(topic, 1, 1);
        run(client, COPY, "node", "interop.js", "produce", kafka.bootstrapServers(), topic, registry.url(),
                String.valueOf(COUNT));
        try (DistributedCluster cluster = DistributedCluster.create("interop-in-" + id, kafka.bootstrapServers(), dir)) {
            DistributedWorkerProcess worker = startWorker(cluster, registry);
            worker.rest().createConnector("sink", Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSinkConnector",
                    "connection.url", JdbcTables.POSTGRES_URL,
                    "topics", topic,
                    "table.name.format", table,
                    "auto.create", "true",
                    "insert.mode", "upsert",
                    "pk.mode", "record_value",
                    "pk.fields", "id"), STARTUP);
            Eventually.await(COUNT + " rows in " + table, COPY, () -> JdbcTables.count(JdbcTables.POSTGRES_URL,
                    table) >= COUNT, worker::consoleTail);
            List<Reading> expected = new ArrayList<>();
            for (int i = 1; i <= COUNT; i++) {
                expected.add(Reading.of(i));
            }
            assertEquals(expected, readings(table));
        } finally {
            JdbcTables.execute(JdbcTables.POSTGRES_URL, "DROP TABLE IF EXISTS " + table);
        }
    }

    @Test
    void rowsSluicesSourceWritesAreDecodedByTheIndependentClient(KafkaTestClients kafka,
            SchemaRegistryEndpoint registry) throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String table = "interop_out_" + id;
        JdbcTables.execute(JdbcTables.POSTGRES_URL, "CREATE TABLE " + table + " (id BIGINT PRIMARY KEY,"
                + " sensor TEXT NOT NULL, value DOUBLE PRECISION NOT NULL, note TEXT, at TIMESTAMP(3) NOT NULL)");
        StringBuilder insert = new StringBuilder("INSERT INTO " + table + " VALUES ");
        for (int i = 1; i <= COUNT; i++) {
            Reading row = Reading.of(i);
            insert.append(i > 1 ? "," : "").append("(").append(row.id()).append(", '").append(row.sensor())
                    .append("', ").append(row.value()).append(", ")
                    .append(row.note() == null ? "NULL" : "'" + row.note() + "'")
                    .append(", TIMESTAMP 'epoch' + ").append(row.atMillis()).append(" * INTERVAL '1 millisecond')");
        }
        JdbcTables.execute(JdbcTables.POSTGRES_URL, insert.toString());
        try (DistributedCluster cluster = DistributedCluster.create("interop-out-" + id, kafka.bootstrapServers(),
                dir)) {
            String topic = cluster.names().groupId() + "-" + table;
            kafka.createTopic(topic, 1, 1);
            DistributedWorkerProcess worker = startWorker(cluster, registry);
            worker.rest().createConnector("source", Map.of(
                    "connector.class", "dev.sluice.connect.jdbc.JdbcSourceConnector",
                    "connection.url", JdbcTables.POSTGRES_URL,
                    "table.include.list", table,
                    "mode", "incrementing",
                    "incrementing.column.name", "id",
                    "topic.prefix", cluster.names().groupId() + "-"), STARTUP);

            List<Reading> decoded = new ArrayList<>();
            for (String line : run(client, COPY, "node", "interop.js", "consume", kafka.bootstrapServers(), topic,
                    registry.url(), String.valueOf(COUNT))) {
                JsonNode value = JSON.readTree(line);
                decoded.add(new Reading(value.get("id").asLong(), value.get("sensor").asText(),
                        value.get("value").asDouble(), value.get("note").isNull() ? null : value.get("note").asText(),
                        value.get("at").asLong()));
            }
            decoded.sort((a, b) -> Long.compare(a.id(), b.id()));
            assertEquals(readings(table), decoded);
        } finally {
            JdbcTables.execute(JdbcTables.POSTGRES_URL, "DROP TABLE IF EXISTS " + table);
        }
    }

    private DistributedWorkerProcess startWorker(DistributedCluster cluster, SchemaRegistryEndpoint registry) {
        DistributedWorkerProcess worker = cluster.start(WorkerRuntime.SLUICE, "w1", setup -> setup
                .set("plugin.path", BuildLayout.pluginDir("sluice-jdbc").toAbsolutePath() + ","
                        + BuildLayout.pluginDir("sluice-avro").toAbsolutePath())
                .set("key.converter", "org.apache.kafka.connect.storage.StringConverter")
                .set("value.converter", AVRO)
                .set("value.converter.schema.registry.url", registry.url()));
        worker.awaitRestReady(STARTUP);
        return worker;
    }

    /** The rows of {@code table} as readings, by id; the timestamp as epoch milliseconds. */
    private static List<Reading> readings(String table) throws SQLException {
        List<Reading> rows = new ArrayList<>();
        try (Connection connection = JdbcTables.connect(JdbcTables.POSTGRES_URL);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT id, sensor, value, note,"
                     + " (EXTRACT(EPOCH FROM at) * 1000)::bigint FROM " + table + " ORDER BY id")) {
            while (row.next()) {
                rows.add(new Reading(row.getLong(1), row.getString(2), row.getDouble(3), row.getString(4),
                        row.getLong(5)));
            }
        }
        return rows;
    }

    /** One reading, as interop.js builds it from its id. */
    record Reading(long id, String sensor, double value, String note, long atMillis) {
        static Reading of(long i) {
            return new Reading(i, "sensor-" + (i % 7) + " \u00fcn\u00ef", i / 8.0, i % 3 == 0 ? null : "note " + i,
                    1_700_000_000_000L + i * 1000);
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command in {@code directory}; its standard output lines, or a failure with everything it printed. */
    private static List<String> run(Path directory, Duration timeout, String... command) throws Exception {
        Path output = Files.createTempFile("interop", ".out");
        Path errors = Files.createTempFile("interop", ".err");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        String errorText = Files.readString(errors, StandardCharsets.UTF_8);
        if (!done || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + (done ? " exited with " + process.exitValue()
                    : " did not finish within " + timeout) + "\n" + printed + errorText);
        }
        return printed.lines().filter(line -> !line.isBlank()).toList();
    }
}
