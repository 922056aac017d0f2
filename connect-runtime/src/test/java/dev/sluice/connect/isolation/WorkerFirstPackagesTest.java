/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkerFirstPackagesTest {

    @Test
    void jdkClassesComeFromTheWorker() {
        assertTrue(WorkerFirstPackages.isWorkerClass("java.lang.String"));
        assertTrue(WorkerFirstPackages.isWorkerClass("javax.net.ssl.SSLContext"));
        assertTrue(WorkerFirstPackages.isWorkerClass("javax.sql.DataSource"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.w3c.dom.Document"));
    }

    @Test
    void connectApiTypesAndTheirNestedClassesComeFromTheWorker() {
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.data.Struct"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.data.Schema$Type"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.transforms.Transformation"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.transforms.predicates.Predicate"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.storage.StringConverterConfig"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.util.ConnectorUtils"));
    }

    @Test
    void implementationClassesInApiPackagesComeFromThePlugin() {
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.transforms.Cast"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.transforms.Cast$Value"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.transforms.predicates.HasHeaderKey"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.data.StructHelper"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.storage.StringConverter"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.storage.SimpleHeaderConverter"));
        assertFalse(WorkerFirstPackages.isWorkerClass(
                "org.apache.kafka.connect.connector.policy.AllConnectorClientConfigOverridePolicy"));
    }

    @Test
    void onlyTheConfigProviderInterfaceOfItsPackageComesFromTheWorker() {
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.common.config.provider.ConfigProvider"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.common.config.provider.FileConfigProvider"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.common.config.provider.VaultConfigProvider"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.common.config.ConfigData"));
    }

    @Test
    void connectImplementationPackagesComeFromThePlugin() {
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.json.JsonConverter"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.file.FileStreamSourceConnector"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.connect.runtime.Worker"));
        assertFalse(WorkerFirstPackages.isWorkerClass("com.fasterxml.jackson.databind.ObjectMapper"));
        assertFalse(WorkerFirstPackages.isWorkerClass("dev.sluice.plugin.MyConnector"));
    }

    @Test
    void kafkaClientsCommonAndSlf4jComeFromTheWorker() {
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.common.config.ConfigDef"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.apache.kafka.clients.producer.KafkaProducer"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.slf4j.Logger"));
        assertTrue(WorkerFirstPackages.isWorkerClass("org.slf4j.spi.LoggingEventBuilder"));
        assertTrue(WorkerFirstPackages.isWorkerClass("jakarta.ws.rs.core.Configurable"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.apache.kafka.commonx.Thing"));
        assertFalse(WorkerFirstPackages.isWorkerClass("org.slf4jx.Thing"));
    }

    @Test
    void classFileResourcesFollowTheClassRule() {
        assertTrue(WorkerFirstPackages.isWorkerResource("org/apache/kafka/connect/data/Struct.class"));
        assertTrue(WorkerFirstPackages.isWorkerResource("/org/apache/kafka/connect/data/Struct.class"));
        assertFalse(WorkerFirstPackages.isWorkerResource("org/apache/kafka/connect/transforms/Cast.class"));
        assertFalse(WorkerFirstPackages.isWorkerResource("org/apache/kafka/connect/json/JsonConverter.class"));
    }

    @Test
    void otherResourcesFollowThePackageRuleOfTheirFolder() {
        assertTrue(WorkerFirstPackages.isWorkerResource("org/apache/kafka/common/some.properties"));
        assertTrue(WorkerFirstPackages.isWorkerResource("org/slf4j/impl/x.txt"));
        assertFalse(WorkerFirstPackages.isWorkerResource("org/apache/kafka/connect/data/notes.txt"));
        assertFalse(WorkerFirstPackages.isWorkerResource("META-INF/services/org.apache.kafka.connect.storage.Converter"));
        assertFalse(WorkerFirstPackages.isWorkerResource("kafka/kafka-version.properties"));
        assertFalse(WorkerFirstPackages.isWorkerResource("log4j.properties"));
    }
}
