/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.sluice.connect.rest.RestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What config/logback.xml, the file the bin/ scripts start workers with, does: request lines go to
 * connect-access.log and only there, everything else to connect.log, and its levels reach java.util.logging.
 */
class ShippedLoggingConfigTest {

    private static final Path SHIPPED = Path.of("..", "config", "logback.xml");

    @TempDir
    Path logDir;

    @Test
    void requestLinesHaveAFileOfTheirOwnAndLevelsReachJul() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("LOG_DIR", logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(SHIPPED.toFile());
        try {
            context.getLogger(RestServer.ACCESS_LOGGER).info("127.0.0.1 - - \"GET /connectors HTTP/1.1\" 200 2");
            context.getLogger("dev.sluice.connect.cli.ConnectDistributed").info("Sluice worker started in 1 ms");
            // As config/logback.xml sets it: Jersey's INFO chatter off, which JUL now knows too.
            assertEquals(Level.WARNING, java.util.logging.Logger.getLogger("org.glassfish").getLevel());
        } finally {
            context.stop();
        }
        String access = Files.readString(logDir.resolve("connect-access.log"));
        String connect = Files.readString(logDir.resolve("connect.log"));
        assertEquals("127.0.0.1 - - \"GET /connectors HTTP/1.1\" 200 2" + System.lineSeparator(), access);
        assertTrue(connect.contains("Sluice worker started in 1 ms"), connect);
        assertFalse(connect.contains("HTTP/1.1"), connect);
    }
}
