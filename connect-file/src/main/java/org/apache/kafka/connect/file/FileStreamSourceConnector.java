/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.file;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.source.ExactlyOnceSupport;
import org.apache.kafka.connect.source.SourceConnector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source connector that streams the lines of one text file (or stdin) into one topic. The file is read by a
 * single task, so however many tasks the worker allows, exactly one configuration is produced.
 */
public class FileStreamSourceConnector extends SourceConnector {
    public static final String TOPIC_CONFIG = "topic";
    public static final String FILE_CONFIG = "file";
    public static final String TASK_BATCH_SIZE_CONFIG = "batch.size";
    public static final int DEFAULT_TASK_BATCH_SIZE = 2000;

    static final ConfigDef CONFIG_DEF = new ConfigDef()
        .define(FILE_CONFIG, Type.STRING, null, Importance.HIGH,
            "Source filename. If not specified, the standard input will be used")
        .define(TOPIC_CONFIG, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
            Importance.HIGH, "The topic to publish data to")
        .define(TASK_BATCH_SIZE_CONFIG, Type.INT, DEFAULT_TASK_BATCH_SIZE, Importance.LOW,
            "The maximum number of records the source task can read from the file each time it is polled");

    private Map<String, String> props;

    public FileStreamSourceConnector() {
    }

    @Override
    public String version() {
        return AppInfoParser.getVersion();
    }

    /** Fails fast on an invalid configuration; the raw properties are handed on to the task unchanged. */
    @Override
    public void start(Map<String, String> props) {
        new AbstractConfig(CONFIG_DEF, props);
        this.props = props;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return FileStreamSourceTask.class;
    }

    /** Always a single task: lines of one file cannot be split between readers without losing order. */
    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        List<Map<String, String>> configs = new ArrayList<>(1);
        configs.add(new HashMap<>(props));
        return configs;
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CONFIG_DEF;
    }

    /** Exactly-once needs replayable offsets, which only a real file (not stdin) has. */
    @Override
    public ExactlyOnceSupport exactlyOnceSupport(Map<String, String> props) {
        return isStdin(props) ? ExactlyOnceSupport.UNSUPPORTED : ExactlyOnceSupport.SUPPORTED;
    }

    /** Accepts offsets shaped like the ones the task writes; stdin positions are never tracked. */
    @Override
    public boolean alterOffsets(Map<String, String> connectorConfig, Map<Map<String, ?>, Map<String, ?>> offsets) {
        if (isStdin(connectorConfig)) {
            throw new ConnectException("Offsets cannot be modified if the '" + FILE_CONFIG + "' configuration is "
                + "unspecified. This is because stdin is used for input and offsets are not tracked.");
        }
        for (Map.Entry<Map<String, ?>, Map<String, ?>> entry : offsets.entrySet()) {
            if (entry.getValue() == null) {
                continue; // a null offset resets its partition, whatever that partition looks like
            }
            checkOffset(entry.getValue());
            checkPartition(entry.getKey());
        }
        return true;
    }

    private static boolean isStdin(Map<String, String> props) {
        String file = new AbstractConfig(CONFIG_DEF, props).getString(FILE_CONFIG);
        return file == null || file.isEmpty();
    }

    private static void checkOffset(Map<String, ?> offset) {
        if (!offset.containsKey(FileStreamSourceTask.POSITION_FIELD)) {
            throw new ConnectException("Offset objects should either be null or contain the key '"
                + FileStreamSourceTask.POSITION_FIELD + "'");
        }
        Object position = offset.get(FileStreamSourceTask.POSITION_FIELD);
        if (!(position instanceof Long)) {
            throw new ConnectException("The value for the '" + FileStreamSourceTask.POSITION_FIELD
                + "' key in the offset is expected to be a Long value");
        }
        if ((Long) position < 0) {
            throw new ConnectException("The value for the '" + FileStreamSourceTask.POSITION_FIELD
                + "' key in the offset should be a non-negative value");
        }
    }

    private static void checkPartition(Map<String, ?> partition) {
        if (partition == null) {
            throw new ConnectException("Partition objects cannot be null");
        }
        if (!partition.containsKey(FileStreamSourceTask.FILENAME_FIELD)) {
            throw new ConnectException("Partition objects should contain the key '"
                + FileStreamSourceTask.FILENAME_FIELD + "'");
        }
    }
}
