/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.connect.errors.DataException;

import java.nio.ByteBuffer;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders values as the text {@link Values#parseString(String)} reads back: JSON-like lists and maps, Base64
 * bytes and ISO-8601 dates. Strings are quoted and escaped only when embedded in a list, map or struct.
 */
final class ValuesFormatter {

    static final String ISO_8601_DATE_FORMAT_PATTERN = "yyyy-MM-dd";
    static final String ISO_8601_TIME_FORMAT_PATTERN = "HH:mm:ss.SSS'Z'";
    static final String ISO_8601_TIMESTAMP_FORMAT_PATTERN =
            ISO_8601_DATE_FORMAT_PATTERN + "'T'" + ISO_8601_TIME_FORMAT_PATTERN;

    private static final long MILLIS_PER_DAY = 24L * 60 * 60 * 1000;
    private static final Pattern BACKSLASH = Pattern.compile("\\\\");
    private static final Pattern DOUBLE_QUOTE = Pattern.compile("\"");

    private ValuesFormatter() {
    }

    static void append(StringBuilder sb, Object value, boolean embedded) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else if (value instanceof String) {
            appendText(sb, (String) value, embedded);
        } else if (value instanceof byte[]) {
            appendText(sb, Base64.getEncoder().encodeToString((byte[]) value), embedded);
        } else if (value instanceof ByteBuffer) {
            byte[] bytes = Utils.readBytes((ByteBuffer) value);
            appendText(sb, Base64.getEncoder().encodeToString(bytes), embedded);
        } else if (value instanceof List) {
            sb.append('[');
            appendIterable(sb, ((List<?>) value).iterator());
            sb.append(']');
        } else if (value instanceof Map) {
            sb.append('{');
            appendIterable(sb, ((Map<?, ?>) value).entrySet().iterator());
            sb.append('}');
        } else if (value instanceof Struct) {
            appendStruct(sb, (Struct) value);
        } else if (value instanceof Map.Entry) {
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) value;
            append(sb, entry.getKey(), true);
            sb.append(':');
            append(sb, entry.getValue(), true);
        } else if (value instanceof java.util.Date) {
            java.util.Date date = (java.util.Date) value;
            sb.append(dateFormatFor(date).format(date));
        } else {
            throw new DataException("Failed to serialize unexpected value type " + value.getClass().getName() + ": " + value);
        }
    }

    static void appendIterable(StringBuilder sb, Iterator<?> iter) {
        if (iter.hasNext()) {
            append(sb, iter.next(), true);
            while (iter.hasNext()) {
                sb.append(',');
                append(sb, iter.next(), true);
            }
        }
    }

    static String escape(String value) {
        String backslashesEscaped = BACKSLASH.matcher(value).replaceAll(Matcher.quoteReplacement("\\\\"));
        return DOUBLE_QUOTE.matcher(backslashesEscaped).replaceAll(Matcher.quoteReplacement("\\\""));
    }

    static DateFormat dateFormatFor(java.util.Date value) {
        if (value.getTime() < MILLIS_PER_DAY) {
            return new SimpleDateFormat(ISO_8601_TIME_FORMAT_PATTERN);
        }
        if (value.getTime() % MILLIS_PER_DAY == 0) {
            return new SimpleDateFormat(ISO_8601_DATE_FORMAT_PATTERN);
        }
        return new SimpleDateFormat(ISO_8601_TIMESTAMP_FORMAT_PATTERN);
    }

    // A struct renders like a map from field name to field value.
    private static void appendStruct(StringBuilder sb, Struct struct) {
        sb.append('{');
        boolean first = true;
        for (Field field : struct.schema().fields()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            append(sb, field.name(), true);
            sb.append(':');
            append(sb, struct.get(field), true);
        }
        sb.append('}');
    }

    private static void appendText(StringBuilder sb, String text, boolean embedded) {
        if (embedded) {
            sb.append('"').append(escape(text)).append('"');
        } else {
            Object raw = text;
            sb.append(raw);
        }
    }
}
