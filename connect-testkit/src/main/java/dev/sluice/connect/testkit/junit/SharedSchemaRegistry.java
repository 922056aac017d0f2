/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit.junit;

import dev.sluice.connect.testkit.SchemaRegistryEndpoint;
import dev.sluice.connect.testkit.SchemaRegistryProcess;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one schema registry shared by every test class in the JVM, started on first use and stopped when the
 * test run ends, as {@link SharedKafkaBroker} does for the broker. Tests receive it as a
 * {@link SchemaRegistryEndpoint} parameter; subjects should be unique per test since the registry is shared.
 */
public final class SharedSchemaRegistry implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(SharedSchemaRegistry.class);
    private static final String REGISTRY_KEY = "registry";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SchemaRegistryEndpoint.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return endpoint(extensionContext);
    }

    /** The shared registry's endpoint, starting the registry if this is the first use in this JVM. */
    public static SchemaRegistryEndpoint endpoint(ExtensionContext context) {
        SchemaRegistryProcess registry = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(REGISTRY_KEY, key -> SchemaRegistryProcess.start(), SchemaRegistryProcess.class);
        return new SchemaRegistryEndpoint(registry.url());
    }
}
