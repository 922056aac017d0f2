/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.header;

import java.util.Objects;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaAndValue;

/** The immutable {@link Header} that {@link ConnectHeaders} creates. */
class ConnectHeader implements Header {

    private static final SchemaAndValue NO_SCHEMA_NO_VALUE = new SchemaAndValue(null, null);

    private final String key;
    private final SchemaAndValue schemaAndValue;

    protected ConnectHeader(String key, SchemaAndValue schemaAndValue) {
        this.key = Objects.requireNonNull(key, "Null header keys are not permitted");
        this.schemaAndValue = schemaAndValue != null ? schemaAndValue : NO_SCHEMA_NO_VALUE;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object value() {
        return schemaAndValue.value();
    }

    @Override
    public Schema schema() {
        return schemaAndValue.schema();
    }

    @Override
    public Header rename(String key) {
        // Same key: the header is immutable, so it can stand for itself.
        if (this.key.equals(key)) {
            return this;
        }
        return new ConnectHeader(key, schemaAndValue);
    }

    @Override
    public Header with(Schema schema, Object value) {
        return new ConnectHeader(key, new SchemaAndValue(schema, value));
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, schemaAndValue);
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        // Any Header implementation with the same parts is equal, so mixed collections compare sensibly.
        if (!(obj instanceof Header)) {
            return false;
        }
        Header that = (Header) obj;
        return Objects.equals(key, that.key())
                && Objects.equals(schema(), that.schema())
                && Objects.equals(value(), that.value());
    }

    @Override
    public String toString() {
        return "ConnectHeader(key=" + key + ", value=" + value() + ", schema=" + schema() + ")";
    }
}
