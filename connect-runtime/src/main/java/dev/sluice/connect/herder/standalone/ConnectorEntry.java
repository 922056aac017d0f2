/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder.standalone;

import dev.sluice.connect.herder.TargetState;
import java.util.List;
import java.util.Map;

/** What the herder knows of one connector; only touched on the herder thread. */
final class ConnectorEntry {

    Map<String, String> config;
    TargetState target;
    boolean sink;
    List<Map<String, String>> taskConfigs = List.of();

    ConnectorEntry(Map<String, String> config, TargetState target, boolean sink) {
        this.config = config;
        this.target = target;
        this.sink = sink;
    }
}
