/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.data;

/**
 * Finds one schema for the elements (or keys, or values) parsed from a list or map. Numbers widen to the
 * widest numeric type seen, including logical types built on them (an INT8 next to a Date gives Date);
 * otherwise the types must be equal, and the last schema seen wins. Any other mix has no common schema.
 * Null elements are ignored.
 */
final class ValuesSchemaMerger {

    private Schema common = null;
    private boolean compatible = true;

    void merge(SchemaAndValue latest) {
        if (latest == null || latest.schema() == null || !compatible) {
            return;
        }
        if (common == null) {
            common = latest.schema();
            return;
        }
        common = commonSchema(common, latest.schema());
        if (common == null) {
            compatible = false;
        }
    }

    boolean hasCommonSchema() {
        return compatible && common != null;
    }

    Schema schema() {
        return common;
    }

    private static Schema commonSchema(Schema previous, Schema latest) {
        if (previous.type() == latest.type()) {
            return latest;
        }
        if (isNumeric(previous.type()) && isNumeric(latest.type())) {
            return previous.type().ordinal() > latest.type().ordinal() ? previous : latest;
        }
        return null;
    }

    private static boolean isNumeric(Schema.Type type) {
        switch (type) {
            case INT8:
            case INT16:
            case INT32:
            case INT64:
            case FLOAT32:
            case FLOAT64:
                return true;
            default:
                return false;
        }
    }
}
