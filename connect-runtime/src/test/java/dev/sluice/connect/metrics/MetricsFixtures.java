/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

import dev.sluice.connect.config.StandaloneConfig;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** A worker registry that reports to JMX, and reading its MBeans back as a dashboard would. */
final class MetricsFixtures {

    static final MBeanServer JMX = ManagementFactory.getPlatformMBeanServer();

    private MetricsFixtures() {
    }

    /** A registry with the worker's default reporters (JMX), as a standalone worker builds it. */
    static ConnectMetrics workerRegistry() {
        return ConnectMetrics.forWorker(new StandaloneConfig(Map.of(
                "bootstrap.servers", "localhost:9092",
                "key.converter", "org.apache.kafka.connect.storage.StringConverter",
                "value.converter", "org.apache.kafka.connect.storage.StringConverter",
                "offset.storage.file.filename", "offsets")));
    }

    static ObjectName mbean(String name) {
        try {
            return new ObjectName(name);
        } catch (JMException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    static Object attribute(ObjectName mbean, String attribute) {
        try {
            return JMX.getAttribute(mbean, attribute);
        } catch (JMException e) {
            throw new AssertionError("no attribute " + attribute + " on " + mbean, e);
        }
    }
}
