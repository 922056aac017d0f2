/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;

/**
 * Cross-origin support from {@code access.control.allow.origin} (comma-separated origins, {@code *} as a wildcard)
 * and {@code access.control.allow.methods}. Without an origin setting, browsers get no CORS headers at all.
 */
final class Cors {

    static final Set<String> DEFAULT_METHODS = Set.of("GET", "POST", "HEAD");

    private Cors() {
    }

    static Handler wrap(Handler handler, String allowOrigin, String allowMethods) {
        if (allowOrigin == null || allowOrigin.isBlank()) {
            return handler;
        }
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(originPatterns(allowOrigin));
        Set<String> methods = split(allowMethods);
        cors.setAllowedMethods(methods.isEmpty() ? DEFAULT_METHODS : methods);
        // Like Apache's worker: preflights also reach Jersey, which adds the Allow header of the resource.
        cors.setDeliverPreflightRequests(true);
        cors.setHandler(handler);
        return cors;
    }

    // Origins are literal except for '*', which matches anything, as in Jetty's old CrossOriginFilter.
    static Set<String> originPatterns(String allowOrigin) {
        Set<String> patterns = new LinkedHashSet<>();
        for (String origin : split(allowOrigin)) {
            StringBuilder regex = new StringBuilder();
            String[] literals = origin.split("\\*", -1);
            for (int i = 0; i < literals.length; i++) {
                if (i > 0) {
                    regex.append(".*");
                }
                if (!literals[i].isEmpty()) {
                    regex.append(Pattern.quote(literals[i]));
                }
            }
            patterns.add(regex.toString());
        }
        return patterns;
    }

    private static Set<String> split(String list) {
        Set<String> values = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
        }
        return values;
    }
}
