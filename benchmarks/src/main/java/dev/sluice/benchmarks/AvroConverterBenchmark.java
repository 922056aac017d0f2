/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks;

import dev.sluice.connect.testkit.SchemaRegistryProcess;
import java.lang.invoke.MethodHandle;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Sluice's AvroConverter on the same order struct as {@link JsonConverterBenchmark}, against the test kit's real
 * schema registry (started once per fork; after the first record the converter no longer calls it). Apache ships no
 * Avro converter, so {@code impl} has only Sluice's: the line to read it against is the JSON converter's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AvroConverterBenchmark {

    @Param({Worlds.SLUICE})
    public String impl;

    private SchemaRegistryProcess registry;
    private MethodHandle fromConnectData;
    private MethodHandle toConnectData;
    private Object converter;
    private Object schema;
    private Object value;
    private byte[] avro;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        registry = SchemaRegistryProcess.start();
        World world = Worlds.named(impl);
        Fixtures fixtures = new Fixtures(world);
        String converterType = "org.apache.kafka.connect.storage.Converter";
        String schemaType = "org.apache.kafka.connect.data.Schema";
        fromConnectData = world.handle(converterType, "fromConnectData", byte[].class, String.class, schemaType,
                Object.class);
        toConnectData = world.handle(converterType, "toConnectData",
                world.type("org.apache.kafka.connect.data.SchemaAndValue"), String.class, byte[].class);
        converter = world.create("dev.sluice.connect.avro.AvroConverter");
        world.call(converter, "configure", Map.of("schema.registry.url", registry.url()), false);
        schema = fixtures.orderSchema();
        value = fixtures.order(schema);
        avro = (byte[]) fromConnectData.invokeExact(converter, Fixtures.TOPIC, schema, value);
        byte[] json = (byte[]) fromConnectData.invokeExact(fixtures.jsonConverter(), Fixtures.TOPIC, schema, value);
        System.out.printf("%n[record size] the order struct: AvroConverter %d bytes, JsonConverter (schemas on) %d"
                + " bytes%n", avro.length, json.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }

    @Benchmark
    public byte[] fromConnectData() throws Throwable {
        return (byte[]) fromConnectData.invokeExact(converter, Fixtures.TOPIC, schema, value);
    }

    @Benchmark
    public Object toConnectData() throws Throwable {
        return (Object) toConnectData.invokeExact(converter, Fixtures.TOPIC, avro);
    }
}
