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
 * ReplaceField$Value (rename), InsertField$Value (static field) and Cast$Value (int32 to string) applied in
 * turn to a SourceRecord carrying the order struct, as a connector's transform chain would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransformChainBenchmark {

    @Param({Worlds.SLUICE, Worlds.APACHE})
    public String impl;

    private MethodHandle apply;
    private Object rename;
    private Object insert;
    private Object cast;
    private Object record;

    @Setup
    public void setUp() {
        World world = Worlds.named(impl);
        Fixtures fixtures = new Fixtures(world);
        String recordType = "org.apache.kafka.connect.connector.ConnectRecord";
        apply = world.handle("org.apache.kafka.connect.transforms.Transformation", "apply", world.type(recordType), recordType);
        Object[] chain = fixtures.transformChain();
        rename = chain[0];
        insert = chain[1];
        cast = chain[2];
        Object schema = fixtures.orderSchema();
        record = fixtures.sourceRecord(schema, fixtures.order(schema));
    }

    @Benchmark
    public Object threeTransforms() throws Throwable {
        Object r = (Object) apply.invokeExact(rename, record);
        r = (Object) apply.invokeExact(insert, r);
        return (Object) apply.invokeExact(cast, r);
    }
}
