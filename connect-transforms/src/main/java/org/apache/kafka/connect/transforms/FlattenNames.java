/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

/** Builds the flattened field name for a nested field: the parent's name, the delimiter, then the field's name. */
final class FlattenNames {

    private final String delimiter;

    FlattenNames(String delimiter) {
        this.delimiter = delimiter;
    }

    String join(String prefix, String fieldName) {
        return prefix.isEmpty() ? fieldName : prefix + delimiter + fieldName;
    }
}
