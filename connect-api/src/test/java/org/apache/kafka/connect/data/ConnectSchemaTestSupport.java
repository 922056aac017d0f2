/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

/** Small lookups shared by the data tests. */
final class ConnectSchemaTestSupport {

    private ConnectSchemaTestSupport() {
    }

    /** The Java class that carries values of a numeric schema type. */
    static Class<?> javaClassOf(Schema.Type type) {
        switch (type) {
            case INT8:
                return Byte.class;
            case INT16:
                return Short.class;
            case INT32:
                return Integer.class;
            case INT64:
                return Long.class;
            case FLOAT32:
                return Float.class;
            case FLOAT64:
                return Double.class;
            default:
                throw new IllegalArgumentException("not numeric: " + type);
        }
    }
}
