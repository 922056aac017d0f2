/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.isolation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders version strings the way Maven's ComparableVersion does in the common cases: the string is split into
 * numeric and textual items at '.', '-' and digit/letter boundaries; numbers compare numerically, missing items
 * count as 0 / release ("1.0" equals "1"), and qualifiers rank alpha &lt; beta &lt; milestone &lt; rc &lt; snapshot
 * &lt; release &lt; sp &lt; anything else (alphabetically). A number outranks any qualifier, so "undefined" sorts
 * below every numeric version.
 */
public final class PluginVersion {

    /** Ascending version order. */
    public static final Comparator<String> COMPARATOR = PluginVersion::compare;

    private static final List<String> QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");

    private PluginVersion() {
    }

    /** Negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}. */
    public static int compare(String a, String b) {
        List<Object> left = items(a);
        List<Object> right = items(b);
        int size = Math.max(left.size(), right.size());
        for (int i = 0; i < size; i++) {
            Object x = i < left.size() ? left.get(i) : null;
            Object y = i < right.size() ? right.get(i) : null;
            int result = compareItems(x, y);
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    private static int compareItems(Object x, Object y) {
        if (x instanceof BigInteger bx && y instanceof BigInteger by) {
            return bx.compareTo(by);
        }
        if (x instanceof BigInteger bx) {
            return y == null ? bx.signum() : 1;
        }
        if (y instanceof BigInteger by) {
            return x == null ? -by.signum() : -1;
        }
        return compareQualifiers(x == null ? "" : (String) x, y == null ? "" : (String) y);
    }

    private static int compareQualifiers(String x, String y) {
        int rx = rank(x);
        int ry = rank(y);
        if (rx != ry) {
            return Integer.compare(rx, ry);
        }
        return rx == QUALIFIERS.size() ? x.compareTo(y) : 0;
    }

    private static int rank(String qualifier) {
        String canonical = switch (qualifier) {
            case "a" -> "alpha";
            case "b" -> "beta";
            case "m" -> "milestone";
            case "cr" -> "rc";
            case "ga", "final", "release" -> "";
            default -> qualifier;
        };
        int index = QUALIFIERS.indexOf(canonical);
        return index < 0 ? QUALIFIERS.size() : index;
    }

    private static List<Object> items(String version) {
        List<Object> items = new ArrayList<>();
        String text = version == null ? "" : version.trim().toLowerCase(Locale.ROOT);
        StringBuilder current = new StringBuilder();
        boolean digits = false;
        for (char c : text.toCharArray()) {
            boolean separator = c == '.' || c == '-' || c == '_' || c == '+';
            boolean digit = Character.isDigit(c);
            if (separator || (current.length() > 0 && digit != digits)) {
                flush(current, digits, items);
            }
            if (!separator) {
                current.append(c);
                digits = digit;
            }
        }
        flush(current, digits, items);
        // Trailing zeros and release markers carry no information: 1.0.0 == 1 == 1-ga.
        while (!items.isEmpty() && isNeutral(items.get(items.size() - 1))) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    private static boolean isNeutral(Object item) {
        return item instanceof BigInteger number ? number.signum() == 0 : rank((String) item) == QUALIFIERS.indexOf("");
    }

    private static void flush(StringBuilder current, boolean digits, List<Object> items) {
        if (current.length() == 0) {
            return;
        }
        items.add(digits ? new BigInteger(current.toString()) : current.toString());
        current.setLength(0);
    }
}
