/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.config.WorkerConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.PluginVersionKeys;
import dev.sluice.connect.isolation.Plugins;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.ConverterConfig;
import org.apache.kafka.connect.storage.ConverterType;
import org.apache.kafka.connect.storage.HeaderConverter;

/**
 * Builds a task's key, value and header converters. A connector that names a converter uses it with its own
 * {@code <key>.*} settings; otherwise the worker's converter and the worker's {@code <key>.*} settings apply, so a
 * connector never inherits settings meant for a different converter class. Each converter is created and configured
 * with its plugin's classloader as the context loader.
 */
public final class ConverterFactory {

    static final String KEY = "key.converter";
    static final String VALUE = "value.converter";
    static final String HEADER = "header.converter";

    private final Plugins plugins;
    private final WorkerConfig worker;

    public ConverterFactory(Plugins plugins, WorkerConfig worker) {
        this.plugins = plugins;
        this.worker = worker;
    }

    public Converter keyConverter(Map<String, String> connectorConfig) {
        return converter(KEY, connectorConfig, true);
    }

    public Converter valueConverter(Map<String, String> connectorConfig) {
        return converter(VALUE, connectorConfig, false);
    }

    public HeaderConverter headerConverter(Map<String, String> connectorConfig) {
        Choice choice = choose(HEADER, connectorConfig);
        HeaderConverter converter = plugins.newPlugin(choice.className(), PluginType.HEADER_CONVERTER,
                choice.version(), HeaderConverter.class);
        Map<String, Object> settings = new HashMap<>(choice.settings());
        // Converters that double as header converters read their role from this setting.
        settings.put(ConverterConfig.TYPE_CONFIG, ConverterType.HEADER.getName());
        try (LoaderSwap swap = Plugins.withClassLoader(converter)) {
            converter.configure(settings);
        }
        return converter;
    }

    private Converter converter(String key, Map<String, String> connectorConfig, boolean isKey) {
        Choice choice = choose(key, connectorConfig);
        Converter converter = plugins.newPlugin(choice.className(), PluginType.CONVERTER, choice.version(),
                Converter.class);
        Map<String, Object> settings = new HashMap<>(choice.settings());
        settings.put(ConverterConfig.TYPE_CONFIG, (isKey ? ConverterType.KEY : ConverterType.VALUE).getName());
        try (LoaderSwap swap = Plugins.withClassLoader(converter)) {
            converter.configure(settings, isKey);
        }
        return converter;
    }

    /** Which class, version and settings to use for one converter key. */
    record Choice(String className, String version, Map<String, String> settings) {
    }

    Choice choose(String key, Map<String, String> connectorConfig) {
        String versionKey = PluginVersionKeys.versionKeyFor(key);
        String connectorClass = blankToNull(connectorConfig.get(key));
        if (connectorClass != null) {
            return new Choice(connectorClass, blankToNull(connectorConfig.get(versionKey)),
                    settingsUnder(connectorConfig, key + "."));
        }
        Map<String, String> workerSettings = workerStrings();
        String workerClass = blankToNull(workerSettings.get(key));
        if (workerClass == null) {
            // Only the header converter has a default; the worker config requires the other two.
            workerClass = worker.getClass(key).getName();
        }
        String version = blankToNull(connectorConfig.get(versionKey));
        return new Choice(workerClass, version != null ? version : blankToNull(workerSettings.get(versionKey)),
                settingsUnder(workerSettings, key + "."));
    }

    private Map<String, String> workerStrings() {
        Map<String, String> strings = new HashMap<>();
        worker.originals().forEach((name, value) -> {
            if (value != null) {
                strings.put(name, value instanceof Class<?> cls ? cls.getName() : value.toString());
            }
        });
        return strings;
    }

    private static Map<String, String> settingsUnder(Map<String, String> config, String prefix) {
        Map<String, String> settings = new HashMap<>();
        config.forEach((name, value) -> {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                settings.put(name.substring(prefix.length()), value);
            }
        });
        // The version picks the plugin; it is not one of the converter's own settings.
        settings.remove(PluginVersionKeys.SUFFIX);
        return settings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
