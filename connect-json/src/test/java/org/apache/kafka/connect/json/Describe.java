/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package org.apache.kafka.connect.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A canonical text form of a Connect schema or value that reads the same for our objects and for Apache's. It
 * works by calling the public API reflectively, so one describer serves both class loaders, and it names Java
 * classes (Float or Double, HashMap or LinkedHashMap, byte[] or ByteBuffer) so that a different type is a
 * difference. Map entries are sorted by their text so that hash order of keys from different worlds does not matter.
 */
final class Describe {

    private static final String STRUCT_CLASS = "org.apache.kafka.connect.data.Struct";

    private Describe() {
    }

    /** A schema from either world, or {@code null}. */
    static String schema(Object schema) {
        if (schema == null) {
            return "null";
        }
        String type = String.valueOf(get(schema, "type"));
        StringBuilder text = new StringBuilder("{").append(type);
        switch (type) {
            case "ARRAY" -> text.append(" items=").append(schema(get(schema, "valueSchema")));
            case "MAP" -> text.append(" keys=").append(schema(get(schema, "keySchema")))
                    .append(" values=").append(schema(get(schema, "valueSchema")));
            case "STRUCT" -> {
                List<String> fields = new ArrayList<>();
                for (Object field : (Collection<?>) get(schema, "fields")) {
                    fields.add(get(field, "index") + ":" + get(field, "name") + "=" + schema(get(field, "schema")));
                }
                text.append(" fields=").append(fields);
            }
            default -> {
                // A primitive: the attributes below say it all.
            }
        }
        text.append(" optional=").append(get(schema, "isOptional"))
                .append(" name=").append(get(schema, "name"))
                .append(" version=").append(get(schema, "version"))
                .append(" doc=").append(get(schema, "doc"))
                .append(" parameters=").append(get(schema, "parameters"))
                .append(" default=").append(value(get(schema, "defaultValue")));
        return text.append('}').toString();
    }

    /** A value from either world, or {@code null}. */
    static String value(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "byte[]" + Arrays.toString(bytes);
        }
        if (value instanceof ByteBuffer buffer) {
            return "ByteBuffer" + Arrays.toString(buffer.array());
        }
        if (value instanceof java.util.Date date) {
            return "Date(" + date.getTime() + ")";
        }
        if (value instanceof BigDecimal decimal) {
            return "BigDecimal(" + decimal + ")";
        }
        if (value instanceof Collection<?> items) {
            List<String> described = new ArrayList<>();
            for (Object item : items) {
                described.add(value(item));
            }
            return value.getClass().getSimpleName() + described;
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                entries.add(value(entry.getKey()) + "=" + value(entry.getValue()));
            }
            entries.sort(null);
            return value.getClass().getSimpleName() + entries;
        }
        if (value.getClass().getName().equals(STRUCT_CLASS)) {
            Object schema = get(value, "schema");
            List<String> fields = new ArrayList<>();
            for (Object field : (Collection<?>) get(schema, "fields")) {
                fields.add(get(field, "name") + "=" + value(call(value, "getWithoutDefault", get(field, "name"))));
            }
            return "Struct" + fields + " of " + schema(schema);
        }
        return value.getClass().getSimpleName() + "(" + value + ")";
    }

    private static Object get(Object target, String method) {
        return call(target, method);
    }

    private static Object call(Object target, String name, Object... args) {
        try {
            for (Method method : target.getClass().getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == args.length
                        && (args.length == 0 || method.getParameterTypes()[0] == String.class)) {
                    method.setAccessible(true);
                    return method.invoke(target, args);
                }
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed on " + target.getClass(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No method " + name + " on " + target.getClass());
    }
}
