/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.ConfigTransformer;
import org.apache.kafka.common.config.ConfigTransformerResult;
import org.apache.kafka.common.config.provider.ConfigProvider;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker's {@code config.providers}, started once, used to resolve {@code ${provider:path:key}} placeholders in
 * connector and task configs just before they start. Resolution always returns a new map: the raw config stays as
 * the user wrote it, which is what REST shows and what is persisted. Placeholders naming an unknown provider or a
 * key the provider does not have are left as they are, as kafka-clients' {@link ConfigTransformer} does.
 */
public final class ConfigProviders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConfigProviders.class);

    /** Creates an unconfigured provider from the class name (or alias) given in {@code config.providers.<n>.class}. */
    @FunctionalInterface
    public interface ProviderFactory {
        ConfigProvider create(String classOrAlias);
    }

    private final Map<String, ConfigProvider> providers;
    private final ConfigTransformer transformer;

    private ConfigProviders(Map<String, ConfigProvider> providers) {
        this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
        this.transformer = new ConfigTransformer(this.providers);
    }

    /** Providers instantiated from the worker classpath, for workers and tests without plugin isolation. */
    public static ProviderFactory classpathFactory() {
        return className -> {
            try {
                return Utils.newInstance(className, ConfigProvider.class);
            } catch (ClassNotFoundException e) {
                throw new ConfigException("Config provider class " + className + " could not be found");
            }
        };
    }

    /** Providers looked up through plugin isolation, by class name or alias, latest version. */
    public static ProviderFactory pluginsFactory(Plugins plugins) {
        return classOrAlias -> plugins.newPlugin(classOrAlias, PluginType.CONFIG_PROVIDER, null,
                ConfigProvider.class);
    }

    /**
     * Creates and configures every provider named in {@code config.providers}, passing each its
     * {@code config.providers.<name>.param.*} settings. A name without a {@code .class} is skipped with a warning,
     * like Apache's worker does. If one provider fails, those already started are closed before the error
     * propagates.
     */
    public static ConfigProviders start(WorkerConfig config, ProviderFactory factory) {
        Map<String, ConfigProvider> started = new LinkedHashMap<>();
        try {
            for (String name : config.configProviders()) {
                String prefix = WorkerConfig.CONFIG_PROVIDERS_CONFIG + "." + name + ".";
                Object className = config.originals().get(prefix + "class");
                if (className == null || className.toString().isBlank()) {
                    log.warn("Config provider '{}' has no {}class setting; it is not started", name, prefix);
                    continue;
                }
                ConfigProvider provider = factory.create(className.toString().trim());
                started.put(name, provider);
                Map<String, Object> params = config.originalsWithPrefix(prefix + "param.");
                try (LoaderSwap swap = Plugins.withClassLoader(provider)) {
                    provider.configure(params);
                }
                log.info("Started config provider '{}' ({})", name, provider.getClass().getName());
            }
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
        return new ConfigProviders(started);
    }

    /** Wraps providers that are already configured; they are closed by {@link #close()}. */
    public static ConfigProviders of(Map<String, ConfigProvider> providers) {
        return new ConfigProviders(providers);
    }

    /** The names placeholders may use, in configuration order. */
    public Set<String> names() {
        return providers.keySet();
    }

    /**
     * A copy of {@code rawConfig} with every resolvable placeholder replaced; {@code rawConfig} itself is never
     * modified.
     *
     * @throws ConfigException when a provider cannot read its source (for example a missing file)
     */
    public Map<String, String> resolve(Map<String, String> rawConfig) {
        return transform(rawConfig).data();
    }

    /** Like {@link #resolve} but also returns how long each resolved value stays valid, per path. */
    public ConfigTransformerResult transform(Map<String, String> rawConfig) {
        Map<String, String> copy = new HashMap<>(rawConfig);
        if (providers.isEmpty()) {
            return new ConfigTransformerResult(copy, Map.of());
        }
        ConfigTransformerResult result = transformer.transform(copy);
        return new ConfigTransformerResult(new HashMap<>(result.data()), result.ttls());
    }

    /** Closes every provider, logging rather than throwing failures so that all get their chance. */
    @Override
    public void close() {
        closeAll(providers);
    }

    private static void closeAll(Map<String, ConfigProvider> providers) {
        providers.forEach((name, provider) -> {
            try (LoaderSwap swap = Plugins.withClassLoader(provider)) {
                provider.close();
            } catch (IOException | RuntimeException e) {
                log.warn("Failed to close config provider '{}'", name, e);
            }
        });
    }
}
