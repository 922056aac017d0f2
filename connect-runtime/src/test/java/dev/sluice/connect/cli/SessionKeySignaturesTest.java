/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sluice.connect.domain.SessionKey;
import dev.sluice.connect.herder.RequestSignature;
import dev.sluice.connect.herder.RequestSigning;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import dev.sluice.connect.testkit.junit.WithSharedKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The internal endpoints of a distributed worker take only requests signed with the current session key (KIP-507):
 * a signature moved onto another body, or made with a key the leader has since rotated out, is refused with 403.
 */
@WithSharedKafka
class SessionKeySignaturesTest {

    private static final RequestSigning SIGNING = new RequestSigning("HmacSHA256", List.of("HmacSHA256"));
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void replayedAndRotatedOutSignaturesAreRefused(KafkaTestClients kafka) throws Exception {
        Map<String, String> settings = DistributedRestWorker.settings(new KafkaEndpoint(kafka.bootstrapServers()));
        settings.put("inter.worker.key.ttl.ms", "3000");
        String configTopic = settings.get("config.storage.topic");
        String topic = DistributedRestWorker.uniqueName("signed");
        try (DistributedRestWorker worker = DistributedRestWorker.start(settings)) {
            worker.createTicking("signed", topic);
            JsonNode tasks = worker.awaitJson("/connectors/signed/tasks", body -> body.size() == 1);
            byte[] body = DistributedRestWorker.JSON.writeValueAsBytes(List.of(
                    DistributedRestWorker.JSON.convertValue(tasks.get(0).get("config"), Map.class)));
            URI endpoint = URI.create(worker.url("/connectors/signed/tasks"));

            SessionKey first = latestSessionKey(kafka, configTopic);
            RequestSignature signed = SIGNING.sign(first, body);
            assertEquals(204, post(endpoint, body, signed).statusCode(), "signed with the current key");

            byte[] otherBody = new String(body, StandardCharsets.UTF_8).replace(topic, "elsewhere")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> replayed = post(endpoint, otherBody, signed);
            assertEquals(403, replayed.statusCode());
            assertEquals("{\"error_code\":403,\"message\":\"Internal request contained invalid signature.\"}",
                    replayed.body());

            DistributedRestWorker.await("the leader rotated the session key",
                    () -> !latestSessionKey(kafka, configTopic).equals(first));
            SessionKey second = latestSessionKey(kafka, configTopic);
            DistributedRestWorker.await("the worker uses the new key", () -> {
                try {
                    return post(endpoint, body, SIGNING.sign(second, body)).statusCode() == 204;
                } catch (IOException | InterruptedException e) {
                    return false;
                }
            });
            assertNotEquals(first, second);
            assertEquals(403, post(endpoint, body, signed).statusCode(), "signed with the rotated-out key");
        }
    }

    private HttpResponse<String> post(URI endpoint, byte[] body, RequestSignature signature)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(RequestSignature.SIGNATURE_HEADER, signature.signature())
                .header(RequestSignature.ALGORITHM_HEADER, signature.algorithm())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The last {@code session-key} record of the config topic, as Apache's workers write it. */
    private static SessionKey latestSessionKey(KafkaTestClients kafka, String configTopic) {
        Map<String, Object> settings = kafka.consumerConfig(null);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            TopicPartition partition = new TopicPartition(configTopic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            String value = null;
            for (ConsumerRecord<String, String> record : records) {
                if ("session-key".equals(record.key())) {
                    value = record.value();
                }
            }
            JsonNode key = DistributedRestWorker.JSON.readTree(value);
            return new SessionKey(new SecretKeySpec(Base64.getDecoder().decode(key.get("key").asText()),
                    key.get("algorithm").asText()), key.get("creation-timestamp").asLong());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
