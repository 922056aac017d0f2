/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.math.BigDecimal;
import java.text.CharacterIterator;
import java.text.DateFormat;
import java.text.StringCharacterIterator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Converts Connect values between representations: numbers of any width, strings, logical date/time and
 * decimal values, lists, maps and structs. Every value can be rendered as a string, and most strings can be
 * parsed back into a value together with an inferred schema (structs are the exception: they need a schema).
 *
 * <p>A typical use is reading a header whose producer picked a different type than the consumer expects:
 * {@code long offset = Values.convertToLong(header.schema(), header.value());}
 *
 * <p>This class is a facade; the rules live in package-private helpers (conversions, formatting, parsing).
 */
public class Values {

    // Target schemas for the public conversions. Primitive targets are optional so that null converts to null.
    private static final Schema ARRAY_SELECTOR_SCHEMA = SchemaBuilder.type(Schema.Type.ARRAY).build();
    private static final Schema MAP_SELECTOR_SCHEMA = SchemaBuilder.type(Schema.Type.MAP).build();
    private static final Schema STRUCT_SELECTOR_SCHEMA = SchemaBuilder.type(Schema.Type.STRUCT).build();

    public Values() {
    }

    /**
     * Converts a value to a boolean: booleans as they are, numbers as "non-zero", strings that parse as a boolean
     * or a number.
     *
     * @param schema the schema of the value, needed for logical values; may be null
     * @param value the value; may be null
     * @return the boolean, or null for a null value
     * @throws DataException if the value cannot be converted
     */
    public static Boolean convertToBoolean(Schema schema, Object value) throws DataException {
        return (Boolean) convertTo(Schema.OPTIONAL_BOOLEAN_SCHEMA, schema, value);
    }

    /** Converts a value to a byte, narrowing wider numbers as a Java cast does; null for a null value. */
    public static Byte convertToByte(Schema schema, Object value) throws DataException {
        return (Byte) convertTo(Schema.OPTIONAL_INT8_SCHEMA, schema, value);
    }

    /** Converts a value to a short, narrowing wider numbers as a Java cast does; null for a null value. */
    public static Short convertToShort(Schema schema, Object value) throws DataException {
        return (Short) convertTo(Schema.OPTIONAL_INT16_SCHEMA, schema, value);
    }

    /** Converts a value to an int, narrowing wider numbers as a Java cast does; null for a null value. */
    public static Integer convertToInteger(Schema schema, Object value) throws DataException {
        return (Integer) convertTo(Schema.OPTIONAL_INT32_SCHEMA, schema, value);
    }

    /** Converts a value to a long; logical date/time values need their schema. Null for a null value. */
    public static Long convertToLong(Schema schema, Object value) throws DataException {
        return (Long) convertTo(Schema.OPTIONAL_INT64_SCHEMA, schema, value);
    }

    /** Converts a value to a float; null for a null value. */
    public static Float convertToFloat(Schema schema, Object value) throws DataException {
        return (Float) convertTo(Schema.OPTIONAL_FLOAT32_SCHEMA, schema, value);
    }

    /** Converts a value to a double; null for a null value. */
    public static Double convertToDouble(Schema schema, Object value) throws DataException {
        return (Double) convertTo(Schema.OPTIONAL_FLOAT64_SCHEMA, schema, value);
    }

    /**
     * Renders a value as a string, in the form {@link #parseString(String)} reads back: lists as {@code [a,b]},
     * maps and structs as {@code {"k":v}}, bytes as Base64, dates in ISO-8601 (JVM default time zone).
     *
     * @return the string, or null for a null value
     */
    public static String convertToString(Schema schema, Object value) {
        return (String) convertTo(Schema.OPTIONAL_STRING_SCHEMA, schema, value);
    }

    /**
     * Returns a list as is, or parses a string holding a list. The schema is currently not used.
     *
     * @throws DataException if the value is null or not (the text of) a list
     */
    public static List<?> convertToList(Schema schema, Object value) {
        return (List<?>) convertTo(ARRAY_SELECTOR_SCHEMA, schema, value);
    }

    /**
     * Returns a map as is, or parses a string holding a map. The schema is currently not used.
     *
     * @throws DataException if the value is null or not (the text of) a map
     */
    public static Map<?, ?> convertToMap(Schema schema, Object value) {
        return (Map<?, ?>) convertTo(MAP_SELECTOR_SCHEMA, schema, value);
    }

    /**
     * Returns the value if it is a struct; nothing else converts to one. The schema is currently not used.
     *
     * @throws DataException if the value is null or not a struct
     */
    public static Struct convertToStruct(Schema schema, Object value) {
        return (Struct) convertTo(STRUCT_SELECTOR_SCHEMA, schema, value);
    }

    /**
     * Converts a value to a {@link Time} value: numbers are milliseconds since midnight, strings are parsed.
     *
     * @throws DataException if the value is null or cannot be converted
     */
    public static java.util.Date convertToTime(Schema schema, Object value) {
        return (java.util.Date) convertTo(Time.SCHEMA, schema, value);
    }

    /**
     * Converts a value to a {@link Date} value: numbers are days since the epoch, strings are parsed.
     *
     * @throws DataException if the value is null or cannot be converted
     */
    public static java.util.Date convertToDate(Schema schema, Object value) {
        return (java.util.Date) convertTo(Date.SCHEMA, schema, value);
    }

    /**
     * Converts a value to a {@link Timestamp} value: numbers are milliseconds since the epoch, strings are parsed.
     *
     * @throws DataException if the value is null or cannot be converted
     */
    public static java.util.Date convertToTimestamp(Schema schema, Object value) {
        return (java.util.Date) convertTo(Timestamp.SCHEMA, schema, value);
    }

    /**
     * Converts a value to a decimal. {@code scale} only applies to byte encodings; other values keep their own.
     *
     * @throws DataException if the value is null or cannot be converted
     */
    public static BigDecimal convertToDecimal(Schema schema, Object value, int scale) {
        return (BigDecimal) convertTo(Decimal.schema(scale), schema, value);
    }

    /**
     * Infers the schema of a Java value: primitives, byte arrays, non-empty lists and maps whose elements share
     * one type, and structs.
     *
     * @return the schema, or null if the value is null or its schema cannot be inferred
     */
    public static Schema inferSchema(Object value) {
        return ValuesSchemaInference.inferSchema(value);
    }

    /**
     * Parses the text form of a value (see {@link #convertToString(Schema, Object)}) into a value and the
     * narrowest schema that fits it. Text that is not recognised is returned as a string.
     *
     * @param value the text; may be null
     * @return the schema and value; null only for the literal {@code null}
     */
    public static SchemaAndValue parseString(String value) {
        return ValuesTextParser.parseString(value);
    }

    /** Converts {@code value}, described by {@code fromSchema}, to the representation of {@code toSchema}. */
    protected static Object convertTo(Schema toSchema, Schema fromSchema, Object value) throws DataException {
        return ValuesConversions.convertTo(toSchema, fromSchema, value);
    }

    /** Reads a value as a long; {@code error}, if given, becomes the cause when the value cannot be read. */
    protected static long asLong(Object value, Schema fromSchema, Throwable error) {
        return ValuesConversions.asLong(value, fromSchema, error);
    }

    /** Reads a value as a double; {@code error}, if given, becomes the cause when the value cannot be read. */
    protected static double asDouble(Object value, Schema fromSchema, Throwable error) {
        return ValuesConversions.asDouble(value, fromSchema, error);
    }

    /** Appends the text form of a value; {@code embedded} values (inside lists and maps) quote strings. */
    protected static void append(StringBuilder sb, Object value, boolean embedded) {
        ValuesFormatter.append(sb, value, embedded);
    }

    /** Appends the elements as embedded values separated by commas. */
    protected static void appendIterable(StringBuilder sb, Iterator<?> iter) {
        ValuesFormatter.appendIterable(sb, iter);
    }

    /** Escapes backslashes and double quotes so a string can be embedded between quotes. */
    protected static String escape(String value) {
        return ValuesFormatter.escape(value);
    }

    /**
     * The ISO-8601 format that fits a date value: a time for instants before the second epoch day, a date for
     * exact midnights, otherwise a timestamp. A new, lenient format in the JVM default time zone each call.
     */
    public static DateFormat dateFormatFor(java.util.Date value) {
        return ValuesFormatter.dateFormatFor(value);
    }

    /** Converts every element to the array schema's element schema, into a new list. */
    protected static List<Object> alignListEntriesWithSchema(Schema schema, List<Object> input) {
        return ValuesConversions.alignListEntriesWithSchema(schema, input);
    }

    /** Converts every key and value to the map schema's key and value schemas, into a new ordered map. */
    protected static Map<Object, Object> alignMapKeysAndValuesWithSchema(Schema mapSchema, Map<Object, Object> input) {
        return ValuesConversions.alignMapKeysAndValuesWithSchema(mapSchema, input);
    }

    /** Converts every key to the map schema's key schema, into a new ordered map; values are kept. */
    protected static Map<Object, Object> alignMapKeysWithSchema(Schema mapSchema, Map<Object, Object> input) {
        return ValuesConversions.alignMapKeysWithSchema(mapSchema, input);
    }

    /**
     * Tracks whether a series of values share one schema type, for inferring the element schema of a collection.
     * Nulls are accepted and make the resulting schema optional.
     */
    protected static class SchemaDetector {
        private Schema.Type knownType = null;
        private boolean optional = false;

        public SchemaDetector() {
        }

        /** Whether the value fits the type seen so far (the first inferable value fixes the type). */
        public boolean canDetect(Object value) {
            if (value == null) {
                optional = true;
                return true;
            }
            Schema schema = inferSchema(value);
            if (schema == null) {
                return false;
            }
            if (knownType == null) {
                knownType = schema.type();
            } else if (knownType != schema.type()) {
                return false;
            }
            return true;
        }

        /** A new schema of the detected type; fails if no non-null value has been seen. */
        public Schema schema() {
            SchemaBuilder builder = SchemaBuilder.type(knownType);
            if (optional) {
                builder.optional();
            }
            return builder.schema();
        }
    }

    /**
     * Splits text into tokens: each of {@code [ ] { } , : "} is a token of its own, everything between them
     * (whitespace included) forms one token, and a backslash keeps the next character from acting as a
     * delimiter. Supports one token of look-ahead and rewinding to an earlier position.
     */
    protected static class Parser {
        private final String original;
        private final CharacterIterator iter;
        // The look-ahead token, read by isNext but not yet handed out by next().
        private String nextToken = null;
        private String previousToken = null;

        public Parser(String original) {
            this.original = original;
            this.iter = new StringCharacterIterator(original);
        }

        /** Index of the next unread character (after any look-ahead token). */
        public int position() {
            return iter.getIndex();
        }

        /** The position to rewind to in order to read the next token again. */
        public int mark() {
            return nextToken == null ? iter.getIndex() : iter.getIndex() - nextToken.length();
        }

        /** Moves to {@code position}, dropping the look-ahead and previous tokens. */
        public void rewindTo(int position) {
            iter.setIndex(position);
            nextToken = null;
            previousToken = null;
        }

        public String original() {
            return original;
        }

        public boolean hasNext() {
            return nextToken != null || canConsumeNextToken();
        }

        /** Whether unread characters remain, ignoring the look-ahead token. */
        protected boolean canConsumeNextToken() {
            return iter.getEndIndex() > iter.getIndex();
        }

        /** The next token, or an empty string at the end of the text. */
        public String next() {
            if (nextToken != null) {
                previousToken = nextToken;
                nextToken = null;
            } else {
                previousToken = consumeNextToken();
            }
            return previousToken;
        }

        /**
         * The text spanned by the next {@code n} tokens; if fewer remain (or n is negative) null, with the parser
         * rewound to where it was.
         */
        public String next(int n) {
            int start = mark();
            int consumed = 0;
            while (consumed < n && hasNext()) {
                next();
                consumed++;
            }
            if (consumed != n) {
                rewindTo(start);
                return null;
            }
            return original.substring(start, position());
        }

        /** The token last returned by {@link #next()}, or null after a rewind. */
        public String previous() {
            return previousToken;
        }

        /** Consumes the next token if, ignoring surrounding whitespace, it equals {@code expected}. */
        public boolean canConsume(String expected) {
            return canConsume(expected, true);
        }

        /** Consumes the next token if it equals {@code expected}; does not change {@link #previous()}. */
        public boolean canConsume(String expected, boolean ignoreLeadingAndTrailingWhitespace) {
            if (isNext(expected, ignoreLeadingAndTrailingWhitespace)) {
                nextToken = null;
                return true;
            }
            return false;
        }

        /**
         * Whether the next token equals {@code expected}. When ignoring whitespace, whitespace-only tokens are
         * skipped (unless one is the last token) and the comparison uses the trimmed token.
         */
        protected boolean isNext(String expected, boolean ignoreLeadingAndTrailingWhitespace) {
            if (nextToken == null) {
                if (!hasNext()) {
                    return false;
                }
                nextToken = consumeNextToken();
            }
            if (ignoreLeadingAndTrailingWhitespace) {
                while (nextToken.trim().isEmpty() && canConsumeNextToken()) {
                    nextToken = consumeNextToken();
                }
                return nextToken.trim().equals(expected);
            }
            return nextToken.equals(expected);
        }

        private String consumeNextToken() {
            boolean escaped = false;
            int start = iter.getIndex();
            char c = iter.current();
            while (canConsumeNextToken()) {
                switch (c) {
                    case '\\':
                        escaped = !escaped;
                        break;
                    case '[':
                    case ']':
                    case '{':
                    case '}':
                    case ',':
                    case ':':
                    case '"':
                        if (!escaped) {
                            if (start < iter.getIndex()) {
                                return original.substring(start, iter.getIndex());
                            }
                            iter.next();
                            return original.substring(start, start + 1);
                        }
                        escaped = false;
                        break;
                    default:
                        escaped = false;
                        break;
                }
                c = iter.next();
            }
            return original.substring(start, iter.getIndex());
        }
    }
}
