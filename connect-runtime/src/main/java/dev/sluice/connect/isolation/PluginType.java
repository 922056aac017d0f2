/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.util.Locale;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.connect.connector.policy.ConnectorClientConfigOverridePolicy;
import org.apache.kafka.connect.rest.ConnectRestExtension;
import org.apache.kafka.connect.sink.SinkConnector;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/** The kinds of plugin a worker discovers, each with the supertype that identifies it and its REST name. */
public enum PluginType {
    SOURCE(SourceConnector.class, "Connector", "source"),
    SINK(SinkConnector.class, "Connector", "sink"),
    CONVERTER(Converter.class),
    HEADER_CONVERTER(HeaderConverter.class),
    TRANSFORMATION(Transformation.class),
    PREDICATE(Predicate.class),
    /** Shown as "configprovider" (no underscore), as Apache's worker does. */
    CONFIG_PROVIDER(ConfigProvider.class, ConfigProvider.class.getSimpleName(), "configprovider"),
    REST_EXTENSION(ConnectRestExtension.class),
    CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY(ConnectorClientConfigOverridePolicy.class);

    private final Class<?> superType;
    private final String aliasSuffix;
    private final String simpleName;

    PluginType(Class<?> superType) {
        this.superType = superType;
        this.aliasSuffix = superType.getSimpleName();
        this.simpleName = null;
    }

    PluginType(Class<?> superType, String aliasSuffix, String simpleName) {
        this.superType = superType;
        this.aliasSuffix = aliasSuffix;
        this.simpleName = simpleName;
    }

    /** The class or interface every plugin of this type extends or implements. */
    public Class<?> superType() {
        return superType;
    }

    /** The suffix dropped from a simple class name to form the short alias: "Connector", else the supertype's name. */
    public String aliasSuffix() {
        return aliasSuffix;
    }

    /** The resource that lists providers of this type in a service manifest. */
    public String manifestResource() {
        return "META-INF/services/" + superType.getName();
    }

    /** The lower-case name used by the REST API, e.g. {@code header_converter}. */
    public String simpleName() {
        return simpleName != null ? simpleName : name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return simpleName();
    }
}
