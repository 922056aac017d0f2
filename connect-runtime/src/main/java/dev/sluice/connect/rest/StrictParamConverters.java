/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.connect.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;

/**
 * Reads boolean and integer query and path parameters strictly. Jersey's own reading turns anything but "true" into
 * false, so {@code ?onlyFailed=1} silently restarted every instance; here a value that is neither true nor false
 * (in any case) is refused, and {@link ErrorMapper} says which parameter and why.
 *
 * <p>An absent parameter without a {@code @DefaultValue} reads as null, so only parameters that are always present
 * or have a default may be primitives.
 */
final class StrictParamConverters implements ParamConverterProvider {

    private static final ParamConverter<Boolean> BOOLEAN = new ParamConverter<>() {
        @Override
        public Boolean fromString(String value) {
            if (value == null) {
                return null;
            }
            String text = value.trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw new IllegalArgumentException("'" + value + "' is neither true nor false");
        }

        @Override
        public String toString(Boolean value) {
            return String.valueOf(value);
        }
    };

    private static final ParamConverter<Integer> INTEGER = new ParamConverter<>() {
        @Override
        public Integer fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not an integer from " + Integer.MIN_VALUE
                        + " to " + Integer.MAX_VALUE);
            }
        }

        @Override
        public String toString(Integer value) {
            return String.valueOf(value);
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) BOOLEAN;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) INTEGER;
        }
        return null;
    }
}
