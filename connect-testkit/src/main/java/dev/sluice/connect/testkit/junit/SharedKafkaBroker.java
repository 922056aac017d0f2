/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.junit;

import dev.sluice.connect.testkit.KafkaCluster;
import dev.sluice.connect.testkit.KafkaEndpoint;
import dev.sluice.connect.testkit.KafkaTestClients;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one Kafka broker shared by every test class in the JVM (under surefire's defaults: one per module).
 * The broker starts on first use, lives in the root extension context and is closed when the whole test run ends.
 *
 * <p>Tests receive it as a {@link KafkaEndpoint} or {@link KafkaTestClients} parameter of a test method,
 * constructor or lifecycle method. Neither can stop the broker: tests that kill or restart brokers must start
 * their own {@link KafkaCluster}. Topic names should be unique per test since the broker is shared.
 */
public final class SharedKafkaBroker implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedKafkaBroker.class);
    private static final String CLUSTER_KEY = "cluster";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == KafkaEndpoint.class || type == KafkaTestClients.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        KafkaEndpoint endpoint = endpoint(extensionContext);
        return parameterContext.getParameter().getType() == KafkaEndpoint.class ? endpoint : endpoint.clients();
    }

    /** The shared broker's endpoint, starting the broker if this is the first use in this JVM. */
    public static KafkaEndpoint endpoint(ExtensionContext context) {
        // The root store closes AutoCloseable values when the test run ends, which stops the broker.
        KafkaCluster cluster = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(CLUSTER_KEY, key -> KafkaCluster.startSingleBroker(), KafkaCluster.class);
        return cluster.endpoint();
    }
}
