/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.metrics;

/**
 * Which plugins one task runs with, as its {@code connector-task-metrics} names them (Apache's 4.1 additions): the
 * connector's class, type and version, the task's class and version, and each converter's class and version. Text
 * values, so they are in JMX only. A version is whatever the plugin reports ({@code undefined} when it does not
 * say), or null when asking it failed.
 *
 * @param connectorType {@code source} or {@code sink}
 */
public record TaskDescription(String connectorClass, String connectorType, String connectorVersion,
                              String taskClass, String taskVersion,
                              String keyConverterClass, String keyConverterVersion,
                              String valueConverterClass, String valueConverterVersion,
                              String headerConverterClass, String headerConverterVersion) {
}
