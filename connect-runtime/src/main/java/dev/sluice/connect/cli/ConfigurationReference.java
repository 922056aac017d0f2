/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.config.ConfigTable;
import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.config.DistributedConfig;
import dev.sluice.connect.config.SinkConnectorConfig;
import dev.sluice.connect.config.SourceConnectorConfig;
import dev.sluice.connect.config.StandaloneConfig;
import dev.sluice.connect.config.WorkerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * Writes docs/configuration.md from the definitions the worker validates against: the worker's settings, the
 * settings every connector takes, and those of the converters, transformations and predicates the worker ships.
 * The build runs it after compiling (exec-maven-plugin in connect-runtime's pom), so the page never lags the code.
 */
public final class ConfigurationReference {

    private ConfigurationReference() {
    }

    /** Writes the page to {@code args[0]} when its content changed. */
    public static void main(String[] args) throws IOException {
        Path page = Path.of(args[0]);
        String content = page();
        if (!Files.exists(page) || !Files.readString(page, StandardCharsets.UTF_8).equals(content)) {
            Files.writeString(page, content, StandardCharsets.UTF_8);
        }
    }

    /** The whole page. */
    public static String page() {
        StringBuilder page = new StringBuilder("""
                # Configuration reference

                Every setting of a Sluice worker and of the connectors, converters, transformations and predicates
                it ships, as the worker validates them. The build writes this page from the code's definitions
                (`dev.sluice.connect.cli.ConfigurationReference`, run by `mvn process-classes` in `connect-runtime`);
                edit the definitions, not the page. The keys are Apache Kafka Connect's. For how the settings work
                together, see [distributed.md](distributed.md), [security.md](security.md) and
                [reliability.md](reliability.md); the JDBC connectors and the Avro converter have their own pages,
                [jdbc.md](jdbc.md) and [avro.md](avro.md).

                "required" means the key has no default and must be set.
                """);
        ConfigDef worker = WorkerConfig.baseConfigDef();
        section(page, "Worker settings (both modes)", "In `worker.properties`, for standalone and distributed workers.",
                worker, Set.of());
        section(page, "Distributed workers only", "In the properties file of `bin/connect-distributed.sh`.",
                DistributedConfig.configDef(), worker.names());
        section(page, "Standalone workers only", "In the properties file of `bin/connect-standalone.sh`.",
                StandaloneConfig.configDef(), worker.names());
        ConfigDef connector = ConnectorConfig.configDef();
        section(page, "Connector settings (every connector)", "In a connector's config, besides the connector's own"
                + " settings. `transforms.<alias>.*` and `predicates.<alias>.*` take the settings of the class named"
                + " by their `type` (below).", connector, Set.of());
        section(page, "Source connectors only", null, SourceConnectorConfig.configDef(), connector.names());
        section(page, "Sink connectors only", null, SinkConnectorConfig.configDef(), connector.names());
        plugins(page, "Converters", "As `key.converter.*`, `value.converter.*` or `header.converter.*` of a worker"
                + " or connector config, after the converter's class.", converters());
        plugins(page, "Transformations", "As `transforms.<alias>.*`; `$Key` and `$Value` variants take the same"
                + " settings.", load(Transformation.class, Transformation::config));
        plugins(page, "Predicates", "As `predicates.<alias>.*`.", load(Predicate.class, Predicate::config));
        return page.toString();
    }

    private static void section(StringBuilder page, String title, String intro, ConfigDef def, Set<String> shown) {
        page.append("\n## ").append(title).append("\n\n");
        if (intro != null) {
            page.append(intro).append("\n\n");
        }
        page.append(ConfigTable.markdown(def, shown));
    }

    private static void plugins(StringBuilder page, String title, String intro, Map<String, ConfigDef> plugins) {
        page.append("\n## ").append(title).append("\n\n").append(intro).append('\n');
        plugins.forEach((name, def) -> {
            page.append("\n### `").append(name).append("`\n\n");
            page.append(def.configKeys().isEmpty() ? "No settings.\n" : ConfigTable.markdown(def, Set.of()));
        });
    }

    private static Map<String, ConfigDef> converters() {
        Map<String, ConfigDef> converters = new TreeMap<>(load(Converter.class, Converter::config));
        // A class that is both (JsonConverter) is listed once, with its converter settings.
        load(HeaderConverter.class, HeaderConverter::config).forEach(converters::putIfAbsent);
        return converters;
    }

    /**
     * The shipped plugins of one kind, found as the worker finds them (service files), by class name; a
     * {@code $Key}/{@code $Value} pair under its outer class's name.
     */
    private static <T> Map<String, ConfigDef> load(Class<T> kind, Function<T, ConfigDef> config) {
        Map<String, ConfigDef> plugins = new TreeMap<>();
        List<ServiceLoader.Provider<T>> providers = ServiceLoader.load(kind, ConfigurationReference.class
                .getClassLoader()).stream().sorted(Comparator.comparing(p -> p.type().getName())).toList();
        for (ServiceLoader.Provider<T> provider : providers) {
            String name = provider.type().getName();
            int nested = name.indexOf('$');
            String shown = nested < 0 ? name : name.substring(0, nested);
            plugins.putIfAbsent(shown, config.apply(provider.get()));
        }
        return new LinkedHashMap<>(plugins);
    }
}
