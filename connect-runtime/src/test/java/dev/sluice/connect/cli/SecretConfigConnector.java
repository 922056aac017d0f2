/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.connect.connector.Task;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceConnector;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.source.SourceTask;

/**
 * A test source with a PASSWORD setting: its task writes the SHA-256 of the password it was given, so a test can
 * tell that the worker resolved a config-provider placeholder without the secret itself appearing anywhere.
 */
public class SecretConfigConnector extends SourceConnector {

    static final ConfigDef CONFIG = new ConfigDef()
            .define("password", ConfigDef.Type.PASSWORD, ConfigDef.Importance.HIGH, "A secret")
            .define("topic", ConfigDef.Type.STRING, ConfigDef.Importance.HIGH, "Where to write the digest");

    private Map<String, String> props;

    /** The hex SHA-256 of {@code secret}, as the task writes it. */
    static String digest(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void start(Map<String, String> props) {
        this.props = props;
    }

    @Override
    public Class<? extends Task> taskClass() {
        return DigestTask.class;
    }

    @Override
    public List<Map<String, String>> taskConfigs(int maxTasks) {
        return List.of(props);
    }

    @Override
    public void stop() {
    }

    @Override
    public ConfigDef config() {
        return CONFIG;
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    public static class DigestTask extends SourceTask {
        private String topic;
        private String digest;

        @Override
        public void start(Map<String, String> props) {
            AbstractConfig config = new AbstractConfig(CONFIG, props);
            Password password = config.getPassword("password");
            topic = config.getString("topic");
            digest = digest(password.value());
        }

        @Override
        public List<SourceRecord> poll() throws InterruptedException {
            Thread.sleep(100);
            return List.of(new SourceRecord(Map.of(), Map.of(), topic, Schema.STRING_SCHEMA, digest));
        }

        @Override
        public void stop() {
        }

        @Override
        public String version() {
            return "0.0.1";
        }
    }
}
