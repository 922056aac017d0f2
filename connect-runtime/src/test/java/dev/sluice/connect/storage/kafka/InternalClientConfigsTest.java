/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.storage.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InternalClientConfigsTest {

    private static final Map<String, String> WORKER = workerProps();

    private static Map<String, String> workerProps() {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", "broker:9093");
        props.put("security.protocol", "SASL_SSL");
        props.put("sasl.mechanism", "PLAIN");
        props.put("group.id", "connect-cluster");
        props.put("client.id", "worker-1");
        props.put("acks", "1");
        props.put("enable.idempotence", "false");
        props.put("linger.ms", "7");
        props.put("producer.linger.ms", "500");
        props.put("consumer.max.poll.records", "5");
        props.put("admin.request.timeout.ms", "1");
        props.put("config.storage.topic", "connect-configs");
        props.put("key.converter", "org.apache.kafka.connect.json.JsonConverter");
        return props;
    }

    private final InternalClientConfigs configs = new InternalClientConfigs(WORKER, "connect-cluster");

    @Test
    void clientsGetTheWorkersConnectionAndSecuritySettings() {
        for (Map<String, Object> props : new Map[] {configs.producer("configs"), configs.consumer("configs"),
                configs.admin("shared-admin")}) {
            assertEquals("broker:9093", props.get("bootstrap.servers"));
            assertEquals("SASL_SSL", props.get("security.protocol"));
            assertEquals("PLAIN", props.get("sasl.mechanism"));
            assertFalse(props.containsKey("config.storage.topic"), "worker-only keys stay out");
            assertFalse(props.containsKey("key.converter"));
        }
    }

    @Test
    void connectorClientPrefixesDoNotApplyToInternalClients() {
        assertEquals("7", configs.producer("configs").get("linger.ms"));
        assertFalse(configs.consumer("configs").containsKey("max.poll.records"));
        assertFalse(configs.admin("shared-admin").containsKey("request.timeout.ms"));
    }

    @Test
    void producerIsIdempotentAndWaitsForAllReplicasWhateverTheWorkerSays() {
        Map<String, Object> producer = configs.producer("offsets");
        assertEquals("all", producer.get("acks"));
        assertEquals("true", producer.get("enable.idempotence"));
        assertEquals("connect-cluster-offsets", producer.get("client.id"));
    }

    @Test
    void consumerJoinsNoGroupAndReadsOnlyCommittedRecords() {
        Map<String, Object> consumer = configs.consumer("statuses");
        assertFalse(consumer.containsKey("group.id"));
        assertEquals("false", consumer.get("enable.auto.commit"));
        assertEquals("earliest", consumer.get("auto.offset.reset"));
        assertEquals("read_committed", consumer.get("isolation.level"));
        assertEquals("false", consumer.get("allow.auto.create.topics"));
        assertEquals("connect-cluster-statuses", consumer.get("client.id"));
    }
}
