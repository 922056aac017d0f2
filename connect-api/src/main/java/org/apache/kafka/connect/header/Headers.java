/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;

/**
 * The ordered, mutable collection of {@link Header}s on a Connect record. A key may appear more than once; the
 * mutators return this collection so calls can be chained.
 */
public interface Headers extends Iterable<Header> {

    /** The number of headers; never negative. */
    int size();

    /** Whether there are no headers at all. */
    boolean isEmpty();

    /**
     * The headers whose key equals {@code key}, in insertion order.
     *
     * @param key the key to look for
     * @return an iterator over the matching headers
     */
    Iterator<Header> allWithName(String key);

    /**
     * The most recently added header with the given key.
     *
     * @param key the key; may not be null
     * @return the header, or null if none has that key
     */
    Header lastWithName(String key);

    /**
     * Appends a header.
     *
     * @param header the header; may not be null
     * @return this collection
     */
    Headers add(Header header);

    /**
     * Appends a header built from a key and a schema/value pair.
     *
     * @param key            the key; may not be null
     * @param schemaAndValue the schema and value; may be null for a header without either
     * @return this collection
     */
    Headers add(String key, SchemaAndValue schemaAndValue);

    /**
     * Appends a header after checking that the value fits the schema.
     *
     * @param key    the key; may not be null
     * @param value  the value; may be null
     * @param schema the value's schema; may be null
     * @return this collection
     * @throws org.apache.kafka.connect.errors.DataException if the value does not fit the schema
     */
    Headers add(String key, Object value, Schema schema);

    /** Appends a string header. */
    Headers addString(String key, String value);

    /** Appends a boolean header. */
    Headers addBoolean(String key, boolean value);

    /** Appends an 8-bit integer header. */
    Headers addByte(String key, byte value);

    /** Appends a 16-bit integer header. */
    Headers addShort(String key, short value);

    /** Appends a 32-bit integer header. */
    Headers addInt(String key, int value);

    /** Appends a 64-bit integer header. */
    Headers addLong(String key, long value);

    /** Appends a 32-bit floating point header. */
    Headers addFloat(String key, float value);

    /** Appends a 64-bit floating point header. */
    Headers addDouble(String key, double value);

    /** Appends a binary header. */
    Headers addBytes(String key, byte[] value);

    /**
     * Appends a list header.
     *
     * @throws org.apache.kafka.connect.errors.DataException if the schema is not an array schema
     */
    Headers addList(String key, List<?> value, Schema schema);

    /**
     * Appends a map header.
     *
     * @throws org.apache.kafka.connect.errors.DataException if the schema is not a map schema
     */
    Headers addMap(String key, Map<?, ?> value, Schema schema);

    /** Appends a struct header, described by the struct's own schema. */
    Headers addStruct(String key, Struct value);

    /** Appends a header holding a {@link org.apache.kafka.connect.data.Decimal} value. */
    Headers addDecimal(String key, BigDecimal value);

    /** Appends a header holding a {@link org.apache.kafka.connect.data.Date} value. */
    Headers addDate(String key, Date value);

    /** Appends a header holding a {@link org.apache.kafka.connect.data.Time} value. */
    Headers addTime(String key, Date value);

    /** Appends a header holding a {@link org.apache.kafka.connect.data.Timestamp} value. */
    Headers addTimestamp(String key, Date value);

    /** Drops every header with the given key. */
    Headers remove(String key);

    /** Drops every header with the given key except the most recently added one. */
    Headers retainLatest(String key);

    /** For every key, drops all but the most recently added header with that key. */
    Headers retainLatest();

    /** Drops all headers. */
    Headers clear();

    /** A new collection holding the same header instances; later changes to either do not affect the other. */
    Headers duplicate();

    /**
     * Replaces every header with the transform's result, dropping those for which it returns null.
     *
     * @param transform the transform; may not be null
     * @return this collection
     */
    Headers apply(HeaderTransform transform);

    /**
     * Like {@link #apply(HeaderTransform)}, but only for headers with the given key.
     *
     * @param key       the key; may not be null
     * @param transform the transform; may not be null
     * @return this collection
     */
    Headers apply(String key, HeaderTransform transform);

    /** Rewrites one header; used with {@link Headers#apply}. */
    interface HeaderTransform {

        /**
         * Produces the replacement for a header.
         *
         * @param header the header; never null
         * @return the replacement, or null to drop the header
         */
        Header apply(Header header);
    }
}
