/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Renders call results so that equal text means equal bytes, or the same exception and message. */
final class Outcomes {

    /** The topic every comparison uses. */
    static final String TOPIC = "orders";

    /** Apache's wording for unparseable bytes, and ours, which adds the topic. */
    static final String APACHE_PARSE_ERROR = "Converting byte[] to Kafka Connect data failed due to serialization "
            + "error: ";
    static final String OUR_PARSE_ERROR = "Converting byte[] to Kafka Connect data failed due to serialization "
            + "error of topic " + TOPIC + ": ";

    private Outcomes() {
    }

    /** The JSON text for reading, then the exact bytes in base64 so that equality is byte equality. */
    static String bytes(byte[] bytes) {
        if (bytes == null) {
            return "null bytes";
        }
        return "bytes " + new String(bytes, StandardCharsets.UTF_8) + " | base64 "
                + Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The exception's class, message and first cause. Our message for unparseable bytes is mapped back to
     * Apache's wording, since naming the topic is our one deliberate difference (tested on its own).
     */
    static String error(Throwable e) {
        String message = String.valueOf(e.getMessage()).replace(OUR_PARSE_ERROR, APACHE_PARSE_ERROR);
        String text = "error " + e.getClass().getName() + ": " + message;
        Throwable cause = e.getCause();
        if (cause != null) {
            text += " / caused by " + cause.getClass().getName() + ": " + cause.getMessage();
        }
        return text;
    }
}
