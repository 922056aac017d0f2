/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.config.ConnectorConfig;
import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.Plugins;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;

/**
 * A connector's transformations in configured order. A record passes through each stage; a stage returning null
 * drops the record and the remaining stages are skipped.
 *
 * @param <R> the record type (source or sink)
 */
public final class TransformationChain<R extends ConnectRecord<R>> implements AutoCloseable {

    private final TransformationStage<R>[] stages;

    @SuppressWarnings("unchecked")
    public TransformationChain(List<TransformationStage<R>> stages) {
        // An array keeps the per-record loop free of iterator allocation.
        this.stages = stages.toArray(new TransformationStage[0]);
    }

    /** A chain that passes every record through unchanged. */
    public static <R extends ConnectRecord<R>> TransformationChain<R> identity() {
        return new TransformationChain<>(List.of());
    }

    /**
     * Instantiates and configures every transformation (and its predicate) of {@code config}, each with its own
     * classloader as the context loader. Plugins created before a failure are closed again.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key when a plugin or its settings are invalid
     */
    public static <R extends ConnectRecord<R>> TransformationChain<R> fromConfig(ConnectorConfig config,
                                                                                 Plugins plugins) {
        List<TransformationStage<R>> stages = new ArrayList<>();
        try {
            for (String alias : config.transformAliases()) {
                stages.add(stage(config, plugins, alias));
            }
        } catch (RuntimeException | LinkageError e) {
            stages.forEach(TransformationStage::close);
            throw e;
        }
        return new TransformationChain<>(stages);
    }

    /** The record after every stage, or null when a stage dropped it. */
    public R apply(R record) {
        R current = record;
        for (TransformationStage<R> stage : stages) {
            current = stage.apply(current);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The stages in the order they apply. */
    public List<TransformationStage<R>> stages() {
        return List.of(stages);
    }

    /** Closes every stage, even when an earlier one fails to close. */
    @Override
    public void close() {
        for (TransformationStage<R> stage : stages) {
            stage.close();
        }
    }

    @Override
    public String toString() {
        return "TransformationChain" + List.of(stages);
    }

    @SuppressWarnings("unchecked")
    private static <R extends ConnectRecord<R>> TransformationStage<R> stage(ConnectorConfig config, Plugins plugins,
                                                                            String alias) {
        String predicateAlias = config.transformationPredicate(alias);
        Predicate<R> predicate = null;
        if (predicateAlias != null) {
            predicate = configure(plugins, config.predicatePlugin(predicateAlias), Predicate.class,
                    config.settingsWithPrefix(ConnectorConfig.PREDICATES_PREFIX + predicateAlias + "."));
        }
        Transformation<R> transformation;
        try {
            transformation = configure(plugins, config.transformationPlugin(alias), Transformation.class,
                    config.settingsWithPrefix(ConnectorConfig.TRANSFORMS_PREFIX + alias + "."));
        } catch (RuntimeException | LinkageError e) {
            if (predicate != null) {
                TransformationStage.closeQuietly(predicate, alias);
            }
            throw e;
        }
        return new TransformationStage<>(alias, transformation, predicate,
                predicate != null && config.transformationNegated(alias));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T configure(Plugins plugins, PluginDesc plugin, Class<?> base, Map<String, String> settings) {
        Object instance = plugins.newInstance(plugin, base);
        try (LoaderSwap swap = Plugins.withClassLoader(instance)) {
            if (instance instanceof Transformation transformation) {
                transformation.configure(settings);
            } else {
                ((Predicate) instance).configure(settings);
            }
        }
        return (T) instance;
    }
}
