/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.herder;

import org.apache.kafka.connect.errors.ConnectException;

/** The two changes the offsets endpoints make, and how their outcomes are worded, as Apache words them. */
enum OffsetChange {
    ALTER("altered"),
    RESET("reset");

    private final String pastTense;

    OffsetChange(String pastTense) {
        this.pastTense = pastTense;
    }

    String pastTense() {
        return pastTense;
    }

    /**
     * The answer once the framework's offsets are changed.
     *
     * @param handledByConnector the connector's {@code alterOffsets} answer: true when it applied the change to
     *     its own system too, so there is nothing left for the user to do
     */
    String done(boolean handledByConnector) {
        if (handledByConnector) {
            return "The offsets for this connector have been " + pastTense + " successfully";
        }
        return "The Connect framework-managed offsets for this connector have been " + pastTense + " successfully."
                + " However, if this connector manages offsets externally, they will need to be manually "
                + pastTense + " in the system that the connector uses.";
    }

    /** The request's failure when the connector refused the change: its own message, answered with a 500. */
    ConnectException refused(Throwable cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return new ConnectException(message, cause);
    }
}
