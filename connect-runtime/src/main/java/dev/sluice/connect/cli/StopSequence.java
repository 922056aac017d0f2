/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.cli;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a worker stops its components: in the order given (REST first, so no request reaches a stopping herder),
 * each one even when an earlier one failed, a failure logged and never thrown.
 */
final class StopSequence {

    private static final Logger log = LoggerFactory.getLogger(StopSequence.class);

    private record Step(String what, Runnable stop) {
    }

    private final List<Step> steps = new ArrayList<>();

    /** Adds the next component to stop; {@code what} names it in the log. */
    StopSequence then(String what, Runnable stop) {
        steps.add(new Step(what, stop));
        return this;
    }

    void run() {
        log.info("Sluice worker stopping");
        for (Step step : steps) {
            try {
                step.stop().run();
            } catch (RuntimeException e) {
                log.warn("Failed to stop the {}", step.what(), e);
            }
        }
        log.info("Sluice worker stopped");
    }
}
