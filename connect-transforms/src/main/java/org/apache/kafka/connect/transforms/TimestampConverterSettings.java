/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.transforms;

import java.text.SimpleDateFormat;
import java.util.concurrent.TimeUnit;

/** The parsed configuration of one {@link TimestampConverter} instance. */
final class TimestampConverterSettings {

    /** The field to convert, or empty to convert the whole key or value. */
    final String field;

    final TimestampConverterType targetType;

    /** Parses and writes string timestamps, in UTC; null when no format was configured. */
    final SimpleDateFormat format;

    /** The unit of unix timestamps read and written. */
    final TimeUnit unixPrecision;

    final boolean replaceNullWithDefault;

    TimestampConverterSettings(String field, TimestampConverterType targetType, SimpleDateFormat format,
                               TimeUnit unixPrecision, boolean replaceNullWithDefault) {
        this.field = field;
        this.targetType = targetType;
        this.format = format;
        this.unixPrecision = unixPrecision;
        this.replaceNullWithDefault = replaceNullWithDefault;
    }

    boolean convertsWholeValue() {
        return field.isEmpty();
    }
}
