/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import dev.sluice.connect.domain.ConnectorStatus;
import dev.sluice.connect.domain.TaskStatus;
import dev.sluice.connect.herder.ConfigValidation;
import dev.sluice.connect.herder.ConnectorDescription;
import dev.sluice.connect.herder.ConnectorReport;
import dev.sluice.connect.herder.PartitionOffset;
import dev.sluice.connect.herder.TaskConfig;
import dev.sluice.connect.isolation.PluginDesc;
import dev.sluice.connect.rest.entities.ConfigInfo;
import dev.sluice.connect.rest.entities.ConfigInfos;
import dev.sluice.connect.rest.entities.ConfigKeyInfo;
import dev.sluice.connect.rest.entities.ConfigValueInfo;
import dev.sluice.connect.rest.entities.ConnectorInfo;
import dev.sluice.connect.rest.entities.ConnectorOffset;
import dev.sluice.connect.rest.entities.ConnectorOffsets;
import dev.sluice.connect.rest.entities.ConnectorStateInfo;
import dev.sluice.connect.rest.entities.ConnectorTaskId;
import dev.sluice.connect.rest.entities.ConnectorType;
import dev.sluice.connect.rest.entities.PluginInfo;
import dev.sluice.connect.rest.entities.TaskInfo;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/** Maps the herder's domain answers to the JSON entities REST sends, and request bodies back. */
public final class Entities {

    private Entities() {
    }

    public static ConnectorTaskId taskId(dev.sluice.connect.domain.ConnectorTaskId id) {
        return new ConnectorTaskId(id.connector(), id.task());
    }

    public static dev.sluice.connect.domain.ConnectorTaskId taskId(String connector, int task) {
        return new dev.sluice.connect.domain.ConnectorTaskId(connector, task);
    }

    public static ConnectorType type(org.apache.kafka.connect.health.ConnectorType type) {
        return ConnectorType.valueOf(type.name());
    }

    public static ConnectorInfo info(ConnectorDescription connector) {
        return new ConnectorInfo(connector.name(), connector.config(),
                connector.tasks().stream().map(Entities::taskId).toList(), type(connector.type()));
    }

    public static ConnectorStateInfo stateInfo(ConnectorReport report) {
        ConnectorStatus connector = report.connector();
        return new ConnectorStateInfo(report.name(),
                new ConnectorStateInfo.ConnectorState(connector.state().name(), connector.workerId(),
                        connector.version(), connector.trace()),
                report.tasks().stream().map(Entities::taskState).toList(), type(report.type()));
    }

    public static ConnectorStateInfo.TaskState taskState(TaskStatus task) {
        return new ConnectorStateInfo.TaskState(task.id().task(), task.state().name(), task.workerId(),
                task.version(), task.trace());
    }

    public static TaskInfo taskInfo(TaskConfig task) {
        return new TaskInfo(taskId(task.id()), task.config());
    }

    public static PluginInfo plugin(PluginDesc desc) {
        return new PluginInfo(desc.className(), desc.type().simpleName(), desc.version());
    }

    public static ConnectorOffsets offsets(List<PartitionOffset> offsets) {
        return new ConnectorOffsets(offsets.stream()
                .map(offset -> new ConnectorOffset(offset.partition(), offset.offset())).toList());
    }

    public static List<PartitionOffset> offsets(ConnectorOffsets offsets) {
        return offsets.offsets().stream().map(offset -> new PartitionOffset(offset.partition(), offset.offset()))
                .toList();
    }

    /** The validate endpoint's body: each key's definition and its value in string form, as Apache shows them. */
    public static ConfigInfos configInfos(ConfigValidation validation) {
        List<ConfigInfo> configs = validation.values().stream().map(Entities::configInfo).toList();
        return new ConfigInfos(validation.connectorClass(), validation.errorCount(), validation.groups(), configs);
    }

    private static ConfigInfo configInfo(ConfigValidation.ValidatedValue validated) {
        ConfigDef.ConfigKey key = validated.definition();
        ConfigValue value = validated.value();
        List<String> recommended = value.recommendedValues().stream().map(Entities::text).toList();
        // Show the parsed value (defaults included) in its string form, as Apache does; a value that failed to
        // parse has none, so it reads null rather than echoing the rejected input.
        String shown = null;
        if (value.value() != null) {
            shown = key != null ? ConfigDef.convertToString(value.value(), key.type) : text(value.value());
        }
        return new ConfigInfo(key == null ? null : ConfigKeyInfo.of(key), new ConfigValueInfo(value.name(), shown,
                recommended, List.copyOf(value.errorMessages()), value.visible()));
    }

    private static String text(Object value) {
        return value instanceof Class<?> type ? type.getName() : String.valueOf(value);
    }
}
