/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import dev.sluice.connect.testkit.KafkaEndpoint;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The settings of a standalone worker under test: string converters, offsets under the test's directory, REST on
 * a free port.
 */
final class StandaloneTestSettings {

    private StandaloneTestSettings() {
    }

    static Map<String, String> of(KafkaEndpoint kafka, Path dir) {
        Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("offset.storage.file.filename", dir.resolve("offsets").toString());
        props.put("listeners", "http://127.0.0.1:0");
        return props;
    }
}
