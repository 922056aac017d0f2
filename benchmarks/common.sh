#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# What the benchmark scripts share, sourced after they set BENCH_NAME and cd to the repository root: a work
# directory ($WORK, removed on exit unless KEEP_WORK=1), processes started in the background and stopped on exit
# (append their pids to $pids), fail, and a fresh single-node broker from the test kit (start_broker).
# A script may define bench_cleanup: it runs on exit, after the processes are stopped and before $WORK goes.

TESTKIT_CLASSES="connect-testkit/target/classes"
TESTKIT_CLASSPATH="$TESTKIT_CLASSES/META-INF/sluice-testkit/shared.classpath"

java_cmd=java
[[ -n "${JAVA_HOME:-}" ]] && java_cmd="$JAVA_HOME/bin/java"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/sluice-$BENCH_NAME.XXXXXX")
pids=()

# Stops a process: SIGTERM, up to 30 s to exit, then SIGKILL.
stop_pid() {
    local pid=$1
    kill -0 "$pid" 2> /dev/null || return 0
    kill -TERM "$pid" 2> /dev/null || true
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2> /dev/null || break
        sleep 0.5
    done
    kill -KILL "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
}

bench_cleanup() { :; }

cleanup() {
    local i
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        stop_pid "${pids[i]}"
    done
    bench_cleanup
    if [[ "${KEEP_WORK:-0}" == 1 ]]; then
        echo ">> kept $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() {
    echo "$BENCH_NAME: $*" >&2
    exit 1
}

now_ms() {
    echo $(($(date +%s%N) / 1000000))
}

# The pipeline probe (dev.sluice.benchmarks.pipeline.PipelineProbe) with the worker's Kafka client jars; the
# scripts that time standalone workers use it. PROBE_CLASSES is the probe's compiled classes.
pipeline_probe() {
    local classpath="$PROBE_CLASSES" jar
    for jar in libs/kafka-clients-*.jar libs/slf4j-api-*.jar libs/connect-api-*.jar; do
        classpath="$classpath:$ROOT/$jar"
    done
    "$java_cmd" -Dslf4j.internal.verbosity=ERROR -cp "$classpath" dev.sluice.benchmarks.pipeline.PipelineProbe "$@"
}

# await_rest_ready URL PID LAUNCHED_MS: polls URL/connectors every 20 ms until it answers 200 and prints the ms since
# LAUNCHED_MS; fails when PID exits first or after 120 s. curl rather than a JVM probe: a second JVM starting next
# to the worker would take one of the two cores during the very second being measured.
await_rest_ready() {
    local url=$1 pid=$2 launched=$3 deadline code
    deadline=$(($(now_ms) + 120000))
    while (($(now_ms) < deadline)); do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url/connectors" || true)
        if [[ "$code" == 200 ]]; then
            echo $(($(now_ms) - launched))
            return 0
        fi
        kill -0 "$pid" 2> /dev/null || return 1
        sleep 0.02
    done
    return 1
}

# "records=... records_per_sec=R" -> R
rate_of() {
    sed -n 's/.*records_per_sec=\([0-9.]*\).*/\1/p' <<< "$1"
}

# resolve_kafka_tools VERSION: Apache's kafka-tools and what it needs, resolved by Maven into ~/.m2 (only
# ProducerPerformance runs from it); sets $TOOLS_CLASSPATH. Honours $MVN_FLAGS.
resolve_kafka_tools() {
    local version=$1 dir="$WORK/kafka-tools"
    echo ">> resolving org.apache.kafka:kafka-tools:$version"
    mkdir -p "$dir"
    cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.sluice.bench</groupId>
  <artifactId>kafka-tools-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka-tools</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
</project>
POM
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} -f "$dir/pom.xml" dependency:build-classpath \
        -Dmdep.outputFile="$dir/classpath.txt" > "$dir/mvn.out" 2>&1 \
        || { cat "$dir/mvn.out" >&2; fail "could not resolve kafka-tools $version"; }
    TOOLS_CLASSPATH=$(cat "$dir/classpath.txt")
}

# run_worker NAME CONNECTOR_PROPS: a standalone worker on $WORK/worker.properties in the background; sets $worker_pid.
run_worker() {
    local name=$1 connector=$2
    LOG_DIR="$WORK/logs-$name" bin/connect-standalone.sh "$WORK/worker.properties" "$connector" \
        > "$WORK/worker-$name.out" 2>&1 &
    pids+=($!)
    worker_pid=$!
}

# start_broker PORT: the test kit's KRaft broker on 127.0.0.1:PORT, data in $WORK/kafka; sets $bootstrap.
# The settings every benchmark worker shares, as worker.properties lines: the broker, a group and internal topics
# named after NAME (replication factor 1, one broker), string converters, and a REST listener on 127.0.0.1:PORT
# advertised as such.
worker_base_props() { # name port
    cat <<PROPS
bootstrap.servers=$bootstrap
group.id=bench-$1
config.storage.topic=bench-$1-configs
offset.storage.topic=bench-$1-offsets
status.storage.topic=bench-$1-status
config.storage.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.storage.StringConverter
listeners=http://127.0.0.1:$2
rest.advertised.host.name=127.0.0.1
rest.advertised.port=$2
PROPS
}

start_broker() {
    local port=$1 broker_pid
    bootstrap="127.0.0.1:$port"
    echo ">> starting Kafka on $bootstrap (data in $WORK/kafka)"
    "$java_cmd" -cp "$TESTKIT_CLASSES:$(cat "$TESTKIT_CLASSPATH")" dev.sluice.connect.testkit.EmbeddedKafkaMain \
        --data-dir "$WORK/kafka" --port "$port" > "$WORK/broker.out" 2>&1 &
    pids+=($!)
    broker_pid=$!
    for _ in $(seq 1 240); do
        grep -q "Kafka is ready" "$WORK/broker.out" 2> /dev/null && return 0
        kill -0 "$broker_pid" 2> /dev/null || { tail -20 "$WORK/broker.out" >&2; fail "the broker exited"; }
        sleep 0.5
    done
    tail -20 "$WORK/broker.out" >&2
    fail "the broker was not ready within 120 s"
}

# Builds Sluice (libs/, plugins/, the test kit) when any of it is missing, and the pipeline helpers into
# $PROBE_CLASSES (from the caller's $TARGET) unless SKIP_BUILD=1 and they are there; the FileStream scripts share it.
build_sluice_and_probes() {
    if ! compgen -G "libs/connect-runtime-*.jar" > /dev/null \
        || ! compgen -G "plugins/connect-file/*.jar" > /dev/null \
        || [[ ! -f "$TESTKIT_CLASSPATH" ]] \
        || [[ ! -f "$TESTKIT_CLASSES/dev/sluice/connect/testkit/EmbeddedKafkaMain.class" ]]; then
        [[ "${SKIP_BUILD:-0}" == 1 ]] && fail "libs/, plugins/ or the testkit are missing; run mvn -DskipTests package"
        echo ">> building Sluice (mvn -DskipTests package)"
        # shellcheck disable=SC2086
        mvn -B -q $MVN_FLAGS -DskipTests package
    fi
    if [[ ! -f "$PROBE_CLASSES/dev/sluice/benchmarks/pipeline/PipelineProbe.class" || "${SKIP_BUILD:-0}" != 1 ]]; then
        echo ">> compiling the pipeline helpers into $PROBE_CLASSES"
        # shellcheck disable=SC2086
        mvn -B -q $MVN_FLAGS -Dsluice.target="$TARGET" -pl benchmarks -am compile
    fi
}

# Runs Apache's ProducerPerformance against topic perf-raw ($RECORDS records of $RECORD_BYTES bytes, no throttle,
# --producer-props bootstrap.servers plus $PRODUCER_SETTINGS) and sets raw_producer_rate to its records/sec.
run_producer_performance() {
    "$java_cmd" -cp "$TOOLS_CLASSPATH" org.apache.kafka.tools.ProducerPerformance --topic perf-raw \
        --num-records "$RECORDS" --record-size "$RECORD_BYTES" --throughput -1 \
        --producer-props bootstrap.servers="$bootstrap" "${PRODUCER_SETTINGS[@]}" \
        > "$WORK/producer-performance.out" 2> "$WORK/producer-performance.err" \
        || { cat "$WORK/producer-performance.err" >&2; fail "ProducerPerformance failed"; }
    local line
    line=$(grep "records sent" "$WORK/producer-performance.out" | tail -1)
    echo "   $line"
    raw_producer_rate=$(sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p' <<< "$line")
    [[ -n "$raw_producer_rate" ]] || fail "no rate in ProducerPerformance's output"
}
