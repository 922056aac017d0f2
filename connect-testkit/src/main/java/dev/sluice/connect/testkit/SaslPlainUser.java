/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.testkit;

import java.util.Map;
import java.util.Objects;

/**
 * A user of a test cluster's SASL_PLAINTEXT listener (mechanism PLAIN), and the client settings that log in as it.
 *
 * @param username the user name
 * @param password the user's password
 */
public record SaslPlainUser(String username, String password) {

    public SaslPlainUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.contains("\"") || password.contains("\"")) {
            throw new IllegalArgumentException("quotes cannot appear in a JAAS option value");
        }
    }

    /** {@code security.protocol}, {@code sasl.mechanism} and {@code sasl.jaas.config} for a client of the listener. */
    public Map<String, String> clientProperties() {
        return Map.of("security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + username + "\" password=\"" + password + "\";");
    }

    /** The broker side: the listener's JAAS entry that accepts exactly this user. */
    String listenerJaasConfig() {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + username + "=\""
                + password + "\";";
    }
}
