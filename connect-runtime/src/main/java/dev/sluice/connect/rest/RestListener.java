/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigException;

/**
 * One entry of {@code listeners}, e.g. {@code http://:8083}.
 *
 * @param protocol lower-case protocol, {@code http} or {@code https}
 * @param host     the interface to bind, or null for all interfaces (an empty host in the URL)
 * @param port     the port; 0 picks a free one
 */
public record RestListener(String protocol, String host, int port) {

    private static final Pattern FORMAT = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://(\\[[^\\]]*\\]|[^:/\\[\\]]*):(\\d+)/?$");

    /** Parses {@code protocol://host:port}; only http is served so far. */
    public static RestListener parse(String listener) {
        Matcher matcher = FORMAT.matcher(listener.trim());
        if (!matcher.matches()) {
            throw new ConfigException("Listener doesn't have the right format (protocol://hostname:port).");
        }
        String protocol = matcher.group(1).toLowerCase(Locale.ROOT);
        if (!protocol.equals("http") && !protocol.equals("https")) {
            throw new ConfigException("Listener protocol must be either \"http\" or \"https\", but " + protocol
                    + " was specified instead.");
        }
        String host = matcher.group(2);
        int port;
        try {
            port = Integer.parseInt(matcher.group(3));
        } catch (NumberFormatException e) {
            throw new ConfigException("Listener port is not a number: " + listener);
        }
        if (port > 65535) {
            throw new ConfigException("Listener port is out of range: " + listener);
        }
        return new RestListener(protocol, host.isEmpty() ? null : host, port);
    }

    /** Whether this listener binds every interface. */
    public boolean allInterfaces() {
        return host == null;
    }
}
