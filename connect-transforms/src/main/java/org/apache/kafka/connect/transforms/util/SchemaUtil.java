/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms.util;

import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Schema helpers for transforms that rebuild a schema with different fields or type but want to keep the
 * identifying metadata (name, version, doc, parameters) of the original.
 */
public class SchemaUtil {

    /**
     * Starts a builder of the same type as {@code source} carrying its name, version, doc and parameters. Fields,
     * optionality and default are deliberately not copied: callers decide those for the new shape. Arrays keep
     * their element schema; maps start without key and value schemas.
     */
    public static SchemaBuilder copySchemaBasics(Schema source) {
        SchemaBuilder builder = source.type() == Schema.Type.ARRAY
                ? SchemaBuilder.array(source.valueSchema())
                : new SchemaBuilder(source.type());
        return copySchemaBasics(source, builder);
    }

    /**
     * Copies the name, version, doc and parameters of {@code source} onto {@code builder} and returns it. Setting
     * a property the builder already has fails as it would for any other {@link SchemaBuilder} call.
     */
    public static SchemaBuilder copySchemaBasics(Schema source, SchemaBuilder builder) {
        builder.name(source.name());
        builder.version(source.version());
        builder.doc(source.doc());
        if (source.parameters() != null) {
            builder.parameters(source.parameters());
        }
        return builder;
    }
}
