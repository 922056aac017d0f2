/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
/**
 * JSON support that worker and connector configs name by class: {@link org.apache.kafka.connect.json.JsonConverter}
 * (a key, value and header converter that writes either plain JSON or the {@code {"schema":…,"payload":…}}
 * envelope), its settings, and the Kafka {@code Serializer}/{@code Deserializer} of Jackson trees. The class names
 * are Apache Kafka Connect's so existing configs keep working, and for the same schema and value the bytes written
 * are identical to Apache's; the one deliberate difference is that a failure to parse JSON names the topic.
 */
package org.apache.kafka.connect.json;
