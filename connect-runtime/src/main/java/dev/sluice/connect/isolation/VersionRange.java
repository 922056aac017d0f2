/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import org.apache.kafka.common.config.ConfigException;

/**
 * A {@code *.plugin.version} requirement: blank (any version; the latest wins), an exact version ("1.2.0"), or one
 * Maven-style range such as "[1.0,2.0)", "[1.0,)", "(,2.0]" or "[1.2]". Unions of ranges are not supported.
 */
public final class VersionRange {

    private static final VersionRange ANY = new VersionRange(null, null, false, false, "");

    private final String lower;
    private final String upper;
    private final boolean lowerInclusive;
    private final boolean upperInclusive;
    private final String spec;

    private VersionRange(String lower, String upper, boolean lowerInclusive, boolean upperInclusive, String spec) {
        this.lower = lower;
        this.upper = upper;
        this.lowerInclusive = lowerInclusive;
        this.upperInclusive = upperInclusive;
        this.spec = spec;
    }

    /** Parses a requirement; null or blank accepts every version. */
    public static VersionRange parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return ANY;
        }
        String text = spec.trim();
        char first = text.charAt(0);
        if (first != '[' && first != '(') {
            return new VersionRange(text, text, true, true, text);
        }
        char last = text.charAt(text.length() - 1);
        if (text.length() < 2 || (last != ']' && last != ')')) {
            throw invalid(spec);
        }
        String body = text.substring(1, text.length() - 1);
        int comma = body.indexOf(',');
        if (comma < 0) {
            if (first != '[' || last != ']' || body.isBlank()) {
                throw invalid(spec);
            }
            return new VersionRange(body.trim(), body.trim(), true, true, text);
        }
        if (body.indexOf(',', comma + 1) >= 0) {
            throw invalid(spec);
        }
        String low = body.substring(0, comma).trim();
        String high = body.substring(comma + 1).trim();
        return new VersionRange(low.isEmpty() ? null : low, high.isEmpty() ? null : high,
                first == '[', last == ']', text);
    }

    /** True when {@code version} satisfies this requirement. */
    public boolean contains(String version) {
        if (lower != null) {
            int c = PluginVersion.compare(version, lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = PluginVersion.compare(version, upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** True when no version was asked for. */
    public boolean isAny() {
        return this == ANY;
    }

    @Override
    public String toString() {
        return spec;
    }

    private static ConfigException invalid(String spec) {
        return new ConfigException("Invalid plugin version requirement '" + spec
                + "': expected a version such as 1.2.0 or a range such as [1.0,2.0)");
    }
}
