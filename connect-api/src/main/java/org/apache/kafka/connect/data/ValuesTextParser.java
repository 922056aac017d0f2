/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

import org.apache.kafka.connect.errors.DataException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Parses the text form of a value for {@link Values#parseString(String)}.
 *
 * <p>At the top level the text is a literal ({@code true}, {@code false}, {@code null}, which must stand alone),
 * a list {@code [..]}, a map {@code {..}}, or a scalar (date, time, timestamp or number); anything after a
 * complete list, map or scalar is ignored, and unrecognised text is returned whole as a string. Inside lists and
 * maps, strings must be quoted and an unrecognised element makes the whole text a string. Quoted strings are
 * taken verbatim (escapes are kept), except that text in a temporal format becomes a date, time or timestamp.
 */
final class ValuesTextParser {

    private static final String TRUE_LITERAL = "true";
    private static final String FALSE_LITERAL = "false";
    private static final String NULL_LITERAL = "null";
    private static final String QUOTE = "\"";
    private static final String ARRAY_BEGIN = "[";
    private static final String ARRAY_END = "]";
    private static final String MAP_BEGIN = "{";
    private static final String MAP_END = "}";
    private static final String ENTRY_SEPARATOR = ":";
    private static final String ELEMENT_SEPARATOR = ",";
    // A time is split by the tokenizer at its colons: "HH", ":", "mm", ":", "ss.SSSZ".
    private static final int TOKENS_AFTER_HOURS = 4;

    private final Values.Parser parser;

    private ValuesTextParser(String text) {
        this.parser = new Values.Parser(text);
    }

    static SchemaAndValue parseString(String value) {
        if (value == null) {
            return SchemaAndValue.NULL;
        }
        if (value.isEmpty()) {
            return new SchemaAndValue(Schema.STRING_SCHEMA, value);
        }
        try {
            return new ValuesTextParser(value).parseTopLevel();
        } catch (DataException | NoSuchElementException e) {
            return new SchemaAndValue(Schema.STRING_SCHEMA, value);
        }
    }

    private SchemaAndValue parseTopLevel() {
        int start = parser.mark();
        if (parser.canConsume(TRUE_LITERAL)) {
            return standalone(new SchemaAndValue(Schema.BOOLEAN_SCHEMA, Boolean.TRUE));
        }
        if (parser.canConsume(FALSE_LITERAL)) {
            return standalone(new SchemaAndValue(Schema.BOOLEAN_SCHEMA, Boolean.FALSE));
        }
        if (parser.canConsume(NULL_LITERAL)) {
            return standalone(null);
        }
        return parseStructuredOrScalar(false, start);
    }

    // A top-level literal followed by more text is not that literal ("true,false" stays a string).
    private SchemaAndValue standalone(SchemaAndValue literal) {
        if (parser.hasNext()) {
            throw new DataException("Unexpected text after a literal");
        }
        return literal;
    }

    private SchemaAndValue parseEmbedded() {
        int start = parser.mark();
        if (!parser.hasNext()) {
            throw new DataException("Missing value");
        }
        if (parser.canConsume(QUOTE)) {
            return parseQuotedString();
        }
        if (parser.canConsume(TRUE_LITERAL)) {
            return new SchemaAndValue(Schema.BOOLEAN_SCHEMA, Boolean.TRUE);
        }
        if (parser.canConsume(FALSE_LITERAL)) {
            return new SchemaAndValue(Schema.BOOLEAN_SCHEMA, Boolean.FALSE);
        }
        if (parser.canConsume(NULL_LITERAL)) {
            return null;
        }
        return parseStructuredOrScalar(true, start);
    }

    // A list or map that fails to parse is read again from start as a plain token (a whitespace-only token
    // before the bracket is then taken as a string value by itself).
    private SchemaAndValue parseStructuredOrScalar(boolean embedded, int start) {
        try {
            if (parser.canConsume(ARRAY_BEGIN)) {
                return parseArray();
            }
            if (parser.canConsume(MAP_BEGIN)) {
                return parseMap();
            }
        } catch (DataException e) {
            parser.rewindTo(start);
        }
        String rawToken = parser.next();
        if (rawToken.trim().isEmpty()) {
            return new SchemaAndValue(Schema.STRING_SCHEMA, rawToken);
        }
        String token = rawToken.trim();
        SchemaAndValue scalar = null;
        // Unquoted dates and times must start with a digit; quoted ones need not.
        if (Character.isDigit(token.charAt(0))) {
            scalar = parseTimeWithColons(token);
            if (scalar == null) {
                scalar = ValuesScalarInference.temporal(token);
            }
        }
        if (scalar == null) {
            scalar = ValuesScalarInference.number(token);
        }
        if (scalar != null) {
            return scalar;
        }
        if (embedded) {
            throw new DataException("Unquoted text is not a value: " + token);
        }
        return new SchemaAndValue(Schema.STRING_SCHEMA, parser.original());
    }

    // Times and timestamps contain colons, which the tokenizer splits on; rejoin and try them, else step back.
    private SchemaAndValue parseTimeWithColons(String firstToken) {
        int afterFirstToken = parser.mark();
        String rest = parser.next(TOKENS_AFTER_HOURS);
        if (rest == null) {
            return null;
        }
        SchemaAndValue temporal = ValuesScalarInference.temporal(firstToken + rest);
        if (temporal == null) {
            parser.rewindTo(afterFirstToken);
        }
        return temporal;
    }

    private SchemaAndValue parseQuotedString() {
        StringBuilder content = new StringBuilder();
        while (parser.hasNext()) {
            if (parser.canConsume(QUOTE)) {
                String text = content.toString();
                SchemaAndValue temporal = ValuesScalarInference.temporal(text);
                return temporal != null ? temporal : new SchemaAndValue(Schema.STRING_SCHEMA, text);
            }
            content.append(parser.next());
        }
        throw new DataException("Missing closing quote");
    }

    private SchemaAndValue parseArray() {
        List<Object> elements = new ArrayList<>();
        ValuesSchemaMerger elementSchemas = new ValuesSchemaMerger();
        while (parser.hasNext()) {
            if (parser.canConsume(ARRAY_END)) {
                return arrayOf(elements, elementSchemas);
            }
            SchemaAndValue element = parseEmbedded();
            elementSchemas.merge(element);
            elements.add(element == null ? null : element.value());
            if (parser.canConsume(ARRAY_END)) {
                return arrayOf(elements, elementSchemas);
            }
            if (!parser.canConsume(ELEMENT_SEPARATOR)) {
                throw new DataException("Array elements must be separated by commas");
            }
        }
        throw new DataException("Array is missing its closing bracket");
    }

    private static SchemaAndValue arrayOf(List<Object> elements, ValuesSchemaMerger elementSchemas) {
        if (!elementSchemas.hasCommonSchema()) {
            return new SchemaAndValue(SchemaBuilder.type(Schema.Type.ARRAY).build(), elements);
        }
        Schema arraySchema = SchemaBuilder.array(elementSchemas.schema()).build();
        return new SchemaAndValue(arraySchema, ValuesConversions.alignListEntriesWithSchema(arraySchema, elements));
    }

    // Entries may or may not be separated by commas; a trailing comma is allowed.
    private SchemaAndValue parseMap() {
        Map<Object, Object> entries = new LinkedHashMap<>();
        ValuesSchemaMerger keySchemas = new ValuesSchemaMerger();
        ValuesSchemaMerger valueSchemas = new ValuesSchemaMerger();
        while (parser.hasNext()) {
            if (parser.canConsume(MAP_END)) {
                return mapOf(entries, keySchemas, valueSchemas);
            }
            SchemaAndValue key = parseEmbedded();
            if (key == null) {
                throw new DataException("Map keys may not be null");
            }
            if (!parser.canConsume(ENTRY_SEPARATOR)) {
                throw new DataException("Map key must be followed by a colon");
            }
            SchemaAndValue entryValue = parseEmbedded();
            entries.put(key.value(), entryValue == null ? null : entryValue.value());
            keySchemas.merge(key);
            valueSchemas.merge(entryValue);
            parser.canConsume(ELEMENT_SEPARATOR);
        }
        throw new DataException("Map is missing its closing brace");
    }

    private static SchemaAndValue mapOf(Map<Object, Object> entries, ValuesSchemaMerger keySchemas,
                                        ValuesSchemaMerger valueSchemas) {
        if (!keySchemas.hasCommonSchema()) {
            return new SchemaAndValue(SchemaBuilder.type(Schema.Type.MAP).build(), entries);
        }
        if (!valueSchemas.hasCommonSchema()) {
            Schema mapSchema = new ValuesPartialMapSchema(keySchemas.schema());
            return new SchemaAndValue(mapSchema, ValuesConversions.alignMapKeysWithSchema(mapSchema, entries));
        }
        Schema mapSchema = SchemaBuilder.map(keySchemas.schema(), valueSchemas.schema()).build();
        return new SchemaAndValue(mapSchema, ValuesConversions.alignMapKeysAndValuesWithSchema(mapSchema, entries));
    }
}
