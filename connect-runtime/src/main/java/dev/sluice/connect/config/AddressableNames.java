/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.config;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Connector names no REST path can carry, so that a connector created with one could never be read, changed or
 * deleted again: the HTTP server refuses {@code /}, {@code \} and {@code %} encoded ({@code %2F}, {@code %5C},
 * {@code %25}) and drops what follows {@code ;}; it resolves {@code .} and {@code ..} as path segments; and it
 * refuses a request line over 8 KiB with 414. Checked where connectors are created and updated, not when configs
 * another worker wrote are loaded.
 */
final class AddressableNames {

    /** Half the HTTP server's 8 KiB request line, leaving room for the method, the rest of the path and a query. */
    static final int MAX_URL_BYTES = 4096;

    private static final String UNADDRESSABLE = "/\\%;";
    private static final String UNADDRESSABLE_DESCRIPTION = "'/', '\\', '%' or ';'";
    private static final int SHOWN_CHARACTERS = 40;

    private AddressableNames() {
    }

    /** Why the REST API could not address a connector called {@code name}, as a config error; empty if it can. */
    static Optional<String> problem(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (int i = 0; i < name.length(); i++) {
            if (UNADDRESSABLE.indexOf(name.charAt(i)) >= 0) {
                return Optional.of(invalid(name) + "the REST API cannot address a connector whose name contains '"
                        + name.charAt(i) + "'; use a name without " + UNADDRESSABLE_DESCRIPTION);
            }
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of(invalid(name) + "the REST API cannot address a connector named '" + name
                    + "' (the HTTP server reads it as a relative path); use another name");
        }
        int urlBytes = urlBytes(name);
        if (urlBytes > MAX_URL_BYTES) {
            return Optional.of(invalid(name) + "a name of " + name.length() + " characters takes " + urlBytes
                    + " bytes in a URL, more than the " + MAX_URL_BYTES + " the REST API can address; use a"
                    + " shorter name");
        }
        return Optional.empty();
    }

    private static String invalid(String name) {
        String shown = name.length() <= SHOWN_CHARACTERS ? name : name.substring(0, SHOWN_CHARACTERS) + "...";
        return "Invalid value " + shown + " for configuration " + ConnectorConfig.NAME_CONFIG + ": ";
    }

    /** The length of the name percent-encoded as a path segment, counting every byte but [A-Za-z0-9-._~] as 3. */
    private static int urlBytes(String name) {
        int bytes = 0;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            boolean unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || b == '-' || b == '.' || b == '_' || b == '~';
            bytes += unreserved ? 1 : 3;
        }
        return bytes;
    }
}
