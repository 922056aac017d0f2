/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JsonConverter with {@code schemas.enable=true}: serializing the order struct, and reading the same bytes back.
 * {@code impl} picks Sluice's converter or Apache Kafka 4.3.1's; JMH runs each value in its own fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonConverterBenchmark {

    @Param({Worlds.SLUICE, Worlds.APACHE})
    public String impl;

    private MethodHandle fromConnectData;
    private MethodHandle toConnectData;
    private Object converter;
    private Object schema;
    private Object value;
    private byte[] json;

    @Setup
    public void setUp() throws Throwable {
        World world = Worlds.named(impl);
        Fixtures fixtures = new Fixtures(world);
        String converterType = "org.apache.kafka.connect.storage.Converter";
        String schemaType = "org.apache.kafka.connect.data.Schema";
        fromConnectData = world.handle(converterType, "fromConnectData", byte[].class, String.class, schemaType, Object.class);
        toConnectData = world.handle(converterType, "toConnectData",
                world.type("org.apache.kafka.connect.data.SchemaAndValue"), String.class, byte[].class);
        converter = fixtures.jsonConverter();
        schema = fixtures.orderSchema();
        value = fixtures.order(schema);
        json = (byte[]) fromConnectData.invokeExact(converter, Fixtures.TOPIC, schema, value);
    }

    @Benchmark
    public byte[] fromConnectData() throws Throwable {
        return (byte[]) fromConnectData.invokeExact(converter, Fixtures.TOPIC, schema, value);
    }

    @Benchmark
    public Object toConnectData() throws Throwable {
        return (Object) toConnectData.invokeExact(converter, Fixtures.TOPIC, json);
    }
}
