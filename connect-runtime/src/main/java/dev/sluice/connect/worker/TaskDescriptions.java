/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.worker;

import dev.sluice.connect.isolation.LoaderSwap;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.isolation.PluginType;
import dev.sluice.connect.isolation.Plugins;
import dev.sluice.connect.metrics.TaskDescription;
import java.util.function.Supplier;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Describes a task's plugins for its {@code connector-task-metrics}, once, when the task is built: the connector's
 * version comes from its discovered plugin description, the task's and converters' from their own
 * {@code version()}, each asked inside its own classloader. A plugin whose {@code version()} throws does not stop
 * the task; its version is left unknown (null).
 */
public final class TaskDescriptions {

    private static final Logger log = LoggerFactory.getLogger(TaskDescriptions.class);

    private TaskDescriptions() {
    }

    public static TaskDescription describe(PluginDesc connector, Task task, Converter keys, Converter values,
                                           HeaderConverter headers) {
        return new TaskDescription(connector.className(), connector.type() == PluginType.SINK ? "sink" : "source",
                connector.version(),
                task.getClass().getName(), version(task, task::version),
                keys.getClass().getName(), version(keys, keys::version),
                values.getClass().getName(), version(values, values::version),
                headers.getClass().getName(), version(headers, headers::version));
    }

    private static String version(Object plugin, Supplier<String> version) {
        try (LoaderSwap swap = Plugins.withClassLoader(plugin)) {
            return version.get();
        } catch (RuntimeException | LinkageError e) {
            log.warn("{} could not tell its version", plugin.getClass().getName(), e);
            return null;
        }
    }
}
