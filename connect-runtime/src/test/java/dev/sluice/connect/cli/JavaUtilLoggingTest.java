/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** What a library logs through java.util.logging ends up in the worker's log, not on stderr. */
class JavaUtilLoggingTest {

    @Test
    void julRecordsReachTheWorkersLog() {
        JavaUtilLogging.routeToSlf4j();
        Logger target = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("sluice.test.jul");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        target.addAppender(appender);
        try {
            java.util.logging.Logger.getLogger("sluice.test.jul").warning("a provider will be ignored");
        } finally {
            target.detachAppender(appender);
        }
        List<String> lines = appender.list.stream().map(event -> event.getLevel() + " " + event.getMessage()).toList();
        assertEquals(List.of(Level.WARN + " a provider will be ignored"), lines);
        // JUL's own console handler, which printed Jersey's warnings to stderr in its two-line format, is gone.
        List<Class<?>> rootHandlers = Arrays.stream(java.util.logging.Logger.getLogger("").getHandlers())
                .<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(SLF4JBridgeHandler.class), rootHandlers);
    }
}
