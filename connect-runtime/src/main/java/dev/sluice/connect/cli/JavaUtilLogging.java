/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Sends what libraries log through {@code java.util.logging} (Jersey, HK2) to SLF4J, so it reaches the worker's log
 * in the worker's format and at the levels {@code /admin/loggers} sets, instead of stderr in JUL's own two-line
 * format. {@code config/logback.xml} propagates logback's levels back to JUL, so that a disabled JUL statement
 * costs no more than a disabled SLF4J one.
 */
final class JavaUtilLogging {

    private JavaUtilLogging() {
    }

    /** Replaces JUL's console handler with the bridge; call first in a launcher's {@code main}. */
    static void routeToSlf4j() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
