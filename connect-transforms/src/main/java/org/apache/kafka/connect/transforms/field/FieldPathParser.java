/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.field;

import org.apache.kafka.common.config.ConfigException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits a {@link FieldSyntaxVersion#V2} path into field names.
 * <p>
 * Dots separate steps. A step that starts with a backtick runs to the next backtick that is followed by a dot or
 * the end of the path, so quoted names may contain dots; a backslash before such a backtick keeps it inside the
 * name (the backslash is dropped). Backticks anywhere else are ordinary characters.
 */
final class FieldPathParser {

    private static final char BACKTICK = '`';
    private static final char DOT = '.';
    private static final char BACKSLASH = '\\';

    private FieldPathParser() {
    }

    static List<String> parse(String path) {
        int length = path.length();
        if (length == 0) {
            return Collections.emptyList();
        }
        List<String> steps = new ArrayList<>();
        int start = 0;
        while (true) {
            if (start < length && path.charAt(start) == BACKTICK) {
                int close = closingBacktick(path, start);
                steps.add(unescape(path.substring(start + 1, close)));
                start = close + 1;
                if (start >= length) {
                    break;
                }
                start++; // the dot after the closing backtick
            } else {
                int dot = path.indexOf(DOT, start);
                if (dot < 0) {
                    steps.add(path.substring(start));
                    break;
                }
                steps.add(path.substring(start, dot));
                start = dot + 1;
            }
        }
        return Collections.unmodifiableList(steps);
    }

    private static int closingBacktick(String path, int open) {
        int length = path.length();
        for (int i = open + 1; i < length; i++) {
            boolean endsStep = i + 1 == length || path.charAt(i + 1) == DOT;
            if (path.charAt(i) == BACKTICK && endsStep && path.charAt(i - 1) != BACKSLASH) {
                return i;
            }
        }
        throw new ConfigException("Incomplete backtick pair in path: [" + path + "], consider adding a backslash "
                + "before backtick at position " + open + " to escape it");
    }

    // Only a backtick-dot pair needs escaping inside quotes; any other backslash is part of the name.
    private static String unescape(String quoted) {
        return quoted.replace("" + BACKSLASH + BACKTICK + DOT, "" + BACKTICK + DOT);
    }
}
