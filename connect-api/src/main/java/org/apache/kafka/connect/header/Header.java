/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import org.apache.kafka.connect.data.Schema;

/**
 * One key/value pair attached to a Connect record. Keys need not be unique within a record. Instances are
 * immutable: {@link #with} and {@link #rename} return new headers.
 */
public interface Header {

    /** The header's key; never null. */
    String key();

    /** The schema of the value, or null when the value carries no schema. */
    Schema schema();

    /** The value as produced by the header converter; may be null. */
    Object value();

    /**
     * A header with this header's key and the given schema and value.
     *
     * @param schema the new schema; may be null
     * @param value  the new value
     * @return the new header; never null
     */
    Header with(Schema schema, Object value);

    /**
     * A header with this header's schema and value under another key.
     *
     * @param key the new key; may not be null
     * @return the new header; never null
     */
    Header rename(String key);
}
