/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import org.apache.kafka.connect.data.ConnectSchema;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.errors.DataException;

import java.util.Map;

import static org.apache.kafka.connect.transforms.util.Requirements.requireMap;

/** {@link Flatten} for schemaless data: nested maps are merged into the output map under joined names. */
final class FlattenMaps {

    private FlattenMaps() {
    }

    static void flatten(FlattenNames names, Map<String, Object> source, String prefix, Map<String, Object> target) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            String fieldName = names.join(prefix, entry.getKey());
            Object value = entry.getValue();
            if (value == null) {
                target.put(fieldName, null);
                continue;
            }
            Schema.Type type = ConnectSchema.schemaType(value.getClass());
            if (type == null) {
                throw new DataException("Flatten transformation was passed a value of type " + value.getClass()
                        + " which is not supported by Connect's data API");
            }
            switch (type) {
                case INT8:
                case INT16:
                case INT32:
                case INT64:
                case FLOAT32:
                case FLOAT64:
                case BOOLEAN:
                case STRING:
                case BYTES:
                case ARRAY:
                    target.put(fieldName, value);
                    break;
                case MAP:
                    flatten(names, requireMap(value, "flattening"), fieldName, target);
                    break;
                default:
                    throw new DataException("Flatten transformation does not support " + value.getClass()
                            + " for record without schemas (for field " + fieldName + ").");
            }
        }
    }
}
