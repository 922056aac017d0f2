/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.kafka.common.utils.AbstractIterator;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Time;
import org.apache.kafka.connect.data.Timestamp;

/**
 * The standard {@link Headers} implementation: a list of headers in insertion order.
 */
public class ConnectHeaders implements Headers {

    /** Most records carry no headers, so the list is only created once something is added. */
    private LinkedList<Header> headers;

    public ConnectHeaders() {
    }

    /**
     * Creates a collection holding the given headers, in their iteration order.
     *
     * @param original the headers to copy; may be null for an empty collection
     */
    public ConnectHeaders(Iterable<Header> original) {
        if (original == null) {
            return;
        }
        if (original instanceof ConnectHeaders) {
            // Already checked when they were added, so they can be copied wholesale.
            ConnectHeaders other = (ConnectHeaders) original;
            if (!other.isEmpty()) {
                headers = new LinkedList<>(other.headers);
            }
            return;
        }
        headers = new LinkedList<>();
        for (Header header : original) {
            add(header);
        }
    }

    @Override
    public int size() {
        return headers == null ? 0 : headers.size();
    }

    @Override
    public boolean isEmpty() {
        return headers == null || headers.isEmpty();
    }

    @Override
    public Headers clear() {
        if (headers != null) {
            headers.clear();
        }
        return this;
    }

    @Override
    public Headers add(Header header) {
        Objects.requireNonNull(header, "Unable to add a null header.");
        if (headers == null) {
            headers = new LinkedList<>();
        }
        headers.add(header);
        return this;
    }

    /**
     * Adds a header without checking that the value fits the schema; for callers that already know it does.
     *
     * @param key    the key; may not be null
     * @param value  the value
     * @param schema the schema
     * @return this collection
     */
    protected Headers addWithoutValidating(String key, Object value, Schema schema) {
        return add(new ConnectHeader(key, new SchemaAndValue(schema, value)));
    }

    @Override
    public Headers add(String key, SchemaAndValue schemaAndValue) {
        if (schemaAndValue == null) {
            return add(key, null, null);
        }
        return add(key, schemaAndValue.value(), schemaAndValue.schema());
    }

    @Override
    public Headers add(String key, Object value, Schema schema) {
        HeaderValueCheck.checkFits(value, schema);
        return addWithoutValidating(key, value, schema);
    }

    @Override
    public Headers addString(String key, String value) {
        return addWithoutValidating(key, value, value != null ? Schema.STRING_SCHEMA : Schema.OPTIONAL_STRING_SCHEMA);
    }

    @Override
    public Headers addBytes(String key, byte[] value) {
        return addWithoutValidating(key, value, value != null ? Schema.BYTES_SCHEMA : Schema.OPTIONAL_BYTES_SCHEMA);
    }

    @Override
    public Headers addBoolean(String key, boolean value) {
        return addWithoutValidating(key, value, Schema.BOOLEAN_SCHEMA);
    }

    @Override
    public Headers addByte(String key, byte value) {
        return addWithoutValidating(key, value, Schema.INT8_SCHEMA);
    }

    @Override
    public Headers addShort(String key, short value) {
        return addWithoutValidating(key, value, Schema.INT16_SCHEMA);
    }

    @Override
    public Headers addInt(String key, int value) {
        return addWithoutValidating(key, value, Schema.INT32_SCHEMA);
    }

    @Override
    public Headers addLong(String key, long value) {
        return addWithoutValidating(key, value, Schema.INT64_SCHEMA);
    }

    @Override
    public Headers addFloat(String key, float value) {
        return addWithoutValidating(key, value, Schema.FLOAT32_SCHEMA);
    }

    @Override
    public Headers addDouble(String key, double value) {
        return addWithoutValidating(key, value, Schema.FLOAT64_SCHEMA);
    }

    @Override
    public Headers addList(String key, List<?> value, Schema schema) {
        // A null value needs no schema, so the given one is not even looked at.
        if (value == null) {
            return add(key, null, null);
        }
        HeaderValueCheck.checkType(schema, Schema.Type.ARRAY);
        return addWithoutValidating(key, value, schema);
    }

    @Override
    public Headers addMap(String key, Map<?, ?> value, Schema schema) {
        if (value == null) {
            return add(key, null, null);
        }
        HeaderValueCheck.checkType(schema, Schema.Type.MAP);
        return addWithoutValidating(key, value, schema);
    }

    @Override
    public Headers addStruct(String key, Struct value) {
        if (value == null) {
            return add(key, null, null);
        }
        return addWithoutValidating(key, value, value.schema());
    }

    @Override
    public Headers addDecimal(String key, BigDecimal value) {
        // The schema depends on the value's scale, so without a value there is no schema to use.
        if (value == null) {
            return add(key, null, null);
        }
        return addWithoutValidating(key, value, Decimal.schema(value.scale()));
    }

    @Override
    public Headers addDate(String key, java.util.Date value) {
        if (value != null) {
            // Rejects dates with a time-of-day part.
            Date.fromLogical(Date.SCHEMA, value);
        }
        return addWithoutValidating(key, value, Date.SCHEMA);
    }

    @Override
    public Headers addTime(String key, java.util.Date value) {
        if (value != null) {
            // Rejects times that fall on another day than the epoch.
            Time.fromLogical(Time.SCHEMA, value);
        }
        return addWithoutValidating(key, value, Time.SCHEMA);
    }

    @Override
    public Headers addTimestamp(String key, java.util.Date value) {
        // Every instant is a valid timestamp, so there is nothing to check.
        return addWithoutValidating(key, value, Timestamp.SCHEMA);
    }

    @Override
    public Header lastWithName(String key) {
        checkKey(key);
        if (headers != null) {
            Iterator<Header> newestFirst = headers.descendingIterator();
            while (newestFirst.hasNext()) {
                Header header = newestFirst.next();
                if (key.equals(header.key())) {
                    return header;
                }
            }
        }
        return null;
    }

    @Override
    public Iterator<Header> allWithName(String key) {
        return new FilterByKeyIterator(iterator(), key);
    }

    @Override
    public Iterator<Header> iterator() {
        return headers != null ? headers.iterator() : Collections.emptyIterator();
    }

    @Override
    public Headers remove(String key) {
        checkKey(key);
        if (!isEmpty()) {
            Iterator<Header> iterator = headers.iterator();
            while (iterator.hasNext()) {
                Header header = iterator.next();
                if (header.key().equals(key)) {
                    iterator.remove();
                }
            }
        }
        return this;
    }

    @Override
    public Headers retainLatest() {
        if (!isEmpty()) {
            // Walking newest-first, the first header seen for a key is the one to keep.
            Set<String> seenKeys = new HashSet<>();
            Iterator<Header> newestFirst = headers.descendingIterator();
            while (newestFirst.hasNext()) {
                if (!seenKeys.add(newestFirst.next().key())) {
                    newestFirst.remove();
                }
            }
        }
        return this;
    }

    @Override
    public Headers retainLatest(String key) {
        checkKey(key);
        if (!isEmpty()) {
            boolean keptOne = false;
            Iterator<Header> newestFirst = headers.descendingIterator();
            while (newestFirst.hasNext()) {
                if (key.equals(newestFirst.next().key())) {
                    if (keptOne) {
                        newestFirst.remove();
                    }
                    keptOne = true;
                }
            }
        }
        return this;
    }

    @Override
    public Headers apply(String key, HeaderTransform transform) {
        checkKey(key);
        if (!isEmpty()) {
            ListIterator<Header> iterator = headers.listIterator();
            while (iterator.hasNext()) {
                Header original = iterator.next();
                if (original.key().equals(key)) {
                    replaceOrRemove(iterator, transform.apply(original));
                }
            }
        }
        return this;
    }

    @Override
    public Headers apply(HeaderTransform transform) {
        if (!isEmpty()) {
            ListIterator<Header> iterator = headers.listIterator();
            while (iterator.hasNext()) {
                replaceOrRemove(iterator, transform.apply(iterator.next()));
            }
        }
        return this;
    }

    private static void replaceOrRemove(ListIterator<Header> iterator, Header replacement) {
        if (replacement == null) {
            iterator.remove();
        } else {
            iterator.set(replacement);
        }
    }

    private static void checkKey(String key) {
        Objects.requireNonNull(key, "Header key cannot be null");
    }

    @Override
    public int hashCode() {
        // An empty collection hashes the same whether or not its list was ever created.
        return Objects.hash(headers != null ? headers : Collections.emptyList());
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof Headers)) {
            return false;
        }
        Headers other = (Headers) obj;
        if (size() != other.size()) {
            return false;
        }
        Iterator<Header> mine = iterator();
        Iterator<Header> theirs = other.iterator();
        while (mine.hasNext() && theirs.hasNext()) {
            if (!Objects.equals(mine.next(), theirs.next())) {
                return false;
            }
        }
        return !mine.hasNext() && !theirs.hasNext();
    }

    @Override
    public String toString() {
        return "ConnectHeaders(headers=" + (headers != null ? headers : "") + ")";
    }

    @Override
    public ConnectHeaders duplicate() {
        return new ConnectHeaders(this);
    }

    /** Lazily yields the headers with one key; read-only, as it is a view for lookups. */
    private static final class FilterByKeyIterator extends AbstractIterator<Header> {

        private final Iterator<Header> original;
        private final String key;

        private FilterByKeyIterator(Iterator<Header> original, String key) {
            this.original = original;
            this.key = key;
        }

        @Override
        protected Header makeNext() {
            while (original.hasNext()) {
                Header header = original.next();
                if (header.key().equals(key)) {
                    return header;
                }
            }
            return allDone();
        }
    }
}
