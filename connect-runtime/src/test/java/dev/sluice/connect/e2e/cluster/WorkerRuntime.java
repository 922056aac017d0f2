/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.e2e.cluster;

import dev.sluice.connect.e2e.BuildLayout;
import dev.sluice.connect.e2e.ChildClasspath;
import java.io.File;

/**
 * Which worker a child JVM runs: Apache's released distributed worker or Sluice's. Both take the worker
 * properties path as their only argument; they differ in main class, classpath and logging backend.
 */
public enum WorkerRuntime {

    /** Apache Kafka Connect 4.3.1 from Maven Central jars, logging through log4j2. */
    APACHE("org.apache.kafka.connect.cli.ConnectDistributed", "log4j2.properties", "log4j2.configurationFile",
            "apache-file") {
        @Override
        String classpath() {
            return BuildLayout.apacheWorkerLibs().toAbsolutePath() + File.separator + "*";
        }

        @Override
        String logConfig() {
            return """
                    status = warn
                    name = e2e-apache-worker
                    appender.console.type = Console
                    appender.console.name = STDOUT
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5p %c{1} - %m%n
                    rootLogger.level = INFO
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    logger.clients.name = org.apache.kafka.clients
                    logger.clients.level = WARN
                    logger.common.name = org.apache.kafka.common
                    logger.common.level = WARN
                    logger.reflections.name = org.reflections
                    logger.reflections.level = ERROR
                    """;
        }
    },

    /** Sluice's worker from this build's classpath, FileStream connectors only through plugin.path. */
    SLUICE("dev.sluice.connect.cli.ConnectDistributed", "logback.xml", "logback.configurationFile", "sluice-file") {
        @Override
        String classpath() {
            return ChildClasspath.withoutFileConnectors();
        }

        @Override
        String logConfig() {
            return """
                    <configuration>
                      <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
                        <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
                      </appender>
                      <logger name="dev.sluice" level="INFO"/>
                      <root level="WARN"><appender-ref ref="CONSOLE"/></root>
                    </configuration>
                    """;
        }
    };

    private final String mainClass;
    private final String logConfigFileName;
    private final String logConfigProperty;
    private final String ownFileConnectors;

    WorkerRuntime(String mainClass, String logConfigFileName, String logConfigProperty, String ownFileConnectors) {
        this.mainClass = mainClass;
        this.logConfigFileName = logConfigFileName;
        this.logConfigProperty = logConfigProperty;
        this.ownFileConnectors = ownFileConnectors;
    }

    String mainClass() {
        return mainClass;
    }

    /** The file name the logging configuration is written to in the worker's folder. */
    String logConfigFileName() {
        return logConfigFileName;
    }

    /** The system property that points the logging backend at that file. */
    String logConfigProperty() {
        return logConfigProperty;
    }

    /** The build's plugin directory ({@code e2e-plugins/<name>}) with this runtime's own FileStream connectors. */
    String ownFileConnectors() {
        return ownFileConnectors;
    }

    abstract String classpath();

    /** A logging configuration that writes to the console, which the harness redirects to a file. */
    abstract String logConfig();
}
