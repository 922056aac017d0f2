/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmarks only compare like with like if both implementations do the same work on the same input. */
class FixturesParityTest {

    private static final String CONVERTER = "org.apache.kafka.connect.storage.Converter";

    @Test
    void bothImplementationsSerializeTheOrderToTheSameJson() {
        assertEquals(orderJson(Worlds.apache()), orderJson(Worlds.sluice()));
    }

    @Test
    void bothTransformChainsProduceTheSameRecordValue() {
        assertEquals(transformedJson(Worlds.apache()), transformedJson(Worlds.sluice()));
    }

    private static String orderJson(World world) {
        Fixtures fixtures = new Fixtures(world);
        Object schema = fixtures.orderSchema();
        return toJson(world, fixtures, schema, fixtures.order(schema));
    }

    private static String transformedJson(World world) {
        Fixtures fixtures = new Fixtures(world);
        Object schema = fixtures.orderSchema();
        Object record = fixtures.sourceRecord(schema, fixtures.order(schema));
        for (Object transform : fixtures.transformChain()) {
            record = world.call(transform, "apply", record);
        }
        return toJson(world, fixtures, world.call(record, "valueSchema"), world.call(record, "value"));
    }

    private static String toJson(World world, Fixtures fixtures, Object schema, Object value) {
        byte[] json = (byte[]) world.call(fixtures.jsonConverter(), "fromConnectData", Fixtures.TOPIC, schema, value);
        return new String(json, StandardCharsets.UTF_8);
    }
}
