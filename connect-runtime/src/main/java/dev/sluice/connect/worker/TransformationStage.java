/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import org.apache.kafka.connect.connector.ConnectRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.connect.transforms.predicates.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured transformation of a chain, optionally guarded by a predicate. Each call runs with the plugin's own
 * classloader as the context loader, swapped by hand so the per-record path allocates nothing.
 *
 * @param <R> the record type (source or sink)
 */
public final class TransformationStage<R extends ConnectRecord<R>> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TransformationStage.class);

    private final String alias;
    private final Transformation<R> transformation;
    private final ClassLoader transformationLoader;
    private final Predicate<R> predicate;
    private final ClassLoader predicateLoader;
    private final boolean negate;

    /**
     * @param predicate null when the transformation applies to every record
     * @param negate    apply the transformation to records the predicate does <em>not</em> match
     */
    public TransformationStage(String alias, Transformation<R> transformation, Predicate<R> predicate,
                               boolean negate) {
        this.alias = alias;
        this.transformation = transformation;
        this.transformationLoader = loaderOf(transformation);
        this.predicate = predicate;
        this.predicateLoader = predicate == null ? null : loaderOf(predicate);
        this.negate = negate;
    }

    public String alias() {
        return alias;
    }

    public Transformation<R> transformation() {
        return transformation;
    }

    /** The guarding predicate, or null. */
    public Predicate<R> predicate() {
        return predicate;
    }

    public boolean negated() {
        return negate;
    }

    /** The transformed record, the record unchanged when the predicate says skip, or null to drop it. */
    public R apply(R record) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            if (predicate != null) {
                thread.setContextClassLoader(predicateLoader);
                if (predicate.test(record) == negate) {
                    return record;
                }
            }
            thread.setContextClassLoader(transformationLoader);
            return transformation.apply(record);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Closes the transformation and its predicate; failures are logged so every plugin gets closed. */
    @Override
    public void close() {
        closeQuietly(transformation, alias);
        if (predicate != null) {
            closeQuietly(predicate, alias);
        }
    }

    @Override
    public String toString() {
        return "TransformationStage{alias=" + alias + ", transformation=" + transformation.getClass().getName()
                + (predicate == null ? "" : ", predicate=" + predicate.getClass().getName() + ", negate=" + negate)
                + "}";
    }

    /** Closes one plugin of stage {@code alias} under its own loader, logging instead of throwing. */
    static void closeQuietly(AutoCloseable plugin, String alias) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loaderOf(plugin));
        try {
            plugin.close();
        } catch (Exception | LinkageError e) {
            log.warn("Failed to close {} of transformation stage '{}'", plugin.getClass().getName(), alias, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static ClassLoader loaderOf(Object plugin) {
        ClassLoader loader = plugin.getClass().getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }
}
