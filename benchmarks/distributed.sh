#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Distributed mode, Apache Kafka Connect 4.3.1 against Sluice in one run, on one fresh single-node broker. For each
# runtime, a cluster of 3 workers (session.timeout.ms=10000, scheduled.rebalance.max.delay.ms=3000):
#   1. launch:   JVM start of the first worker -> its REST API answers GET / with JSON
#   2. create:   CONNECTORS FileStreamSource connectors (tasks.max=1, an empty file) through the first worker,
#                until every connector and task is RUNNING
#   3. REST:     p50/p99 of GET /connectors/N/status (random N) and of GET /connectors?expand=status, asked of the
#                second worker
#   4. failover: SIGKILL the third worker (never the leader) -> every connector and task RUNNING on the others
# Apache runs from its released jars (resolved by Maven), Sluice from libs/ and plugins/; both get the same heap and
# the same FileStream connectors (their own builds of them) on plugin.path. All REST calls come from one probe
# (dev.sluice.benchmarks.cluster.ClusterProbe), so both runtimes are measured the same way.
#
#   benchmarks/distributed.sh
#   CONNECTORS=100 benchmarks/distributed.sh      fewer connectors (default 500)
#   RUNTIMES="sluice" ...                          only one of them (default "apache sluice")
#   SKIP_BUILD=1 ...                               never run Maven for Sluice itself
#   KEEP_WORK=1 ...                                keep the temporary directory (logs, data) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CONNECTORS=${CONNECTORS:-500}
RUNTIMES=${RUNTIMES:-apache sluice}
APACHE_VERSION=4.3.1
LOG4J_VERSION=2.24.3
HEAP=${HEAP:--Xms256m -Xmx1g}
PROBE_CLASSES="benchmarks/target/classes"

BENCH_NAME=distributed
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh

# ---- build and resolve ----------------------------------------------------------------------------------------
if ! compgen -G "libs/connect-runtime-*.jar" > /dev/null || [[ ! -f "$TESTKIT_CLASSPATH" ]]; then
    [[ "${SKIP_BUILD:-0}" == 1 ]] && fail "libs/ or the testkit are missing; run mvn -DskipTests package"
    echo ">> building Sluice (mvn -DskipTests package)"
    mvn -B -q -DskipTests package
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo ">> compiling the probe"
    mvn -B -q -pl benchmarks -am compile
fi

echo ">> resolving Apache Kafka Connect $APACHE_VERSION"
mkdir -p "$WORK/apache/plugins/connect-file"
cat > "$WORK/apache/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.sluice.bench</groupId>
  <artifactId>apache-connect-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>connect-runtime</artifactId><version>$APACHE_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$WORK/apache/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/apache/classpath.txt" \
    > "$WORK/apache/mvn.out" 2>&1 || { cat "$WORK/apache/mvn.out" >&2; fail "could not resolve connect-runtime"; }
mvn -B -q dependency:copy -Dartifact="org.apache.kafka:connect-file:$APACHE_VERSION" \
    -DoutputDirectory="$WORK/apache/plugins/connect-file" >> "$WORK/apache/mvn.out" 2>&1 \
    || { cat "$WORK/apache/mvn.out" >&2; fail "could not resolve connect-file"; }
APACHE_CLASSPATH=$(cat "$WORK/apache/classpath.txt")
cat > "$WORK/apache/log4j2.properties" <<'LOG'
rootLogger.level = WARN
rootLogger.appenderRef.stdout.ref = STDOUT
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
LOG

probe_classpath="$PROBE_CLASSES"
for jar in libs/jackson-*.jar; do probe_classpath="$probe_classpath:$ROOT/$jar"; done
probe() {
    "$java_cmd" -cp "$probe_classpath" dev.sluice.benchmarks.cluster.ClusterProbe "$@"
}
value_of() { # key text
    sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<< "$2"
}

echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# ---- a fresh broker -------------------------------------------------------------------------------------------
start_broker "$(probe free-port)"
touch "$WORK/empty.txt"

# ---- one runtime ------------------------------------------------------------------------------------------------
write_props() { # runtime worker-number port
    local runtime=$1 n=$2 port=$3 plugins
    if [[ "$runtime" == apache ]]; then plugins="$WORK/apache/plugins"; else plugins="$ROOT/plugins"; fi
    cat > "$WORK/$runtime/w$n.properties" <<PROPS
bootstrap.servers=$bootstrap
group.id=bench-$runtime
config.storage.topic=bench-$runtime-configs
offset.storage.topic=bench-$runtime-offsets
status.storage.topic=bench-$runtime-status
config.storage.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.storage.StringConverter
listeners=http://127.0.0.1:$port
rest.advertised.host.name=127.0.0.1
rest.advertised.port=$port
plugin.path=$plugins
session.timeout.ms=10000
heartbeat.interval.ms=3000
scheduled.rebalance.max.delay.ms=3000
offset.flush.interval.ms=10000
PROPS
}

start_worker() { # runtime worker-number -> pid in started_pid
    local runtime=$1 n=$2 props="$WORK/$1/w$2.properties" out="$WORK/$1/w$2.out"
    if [[ "$runtime" == apache ]]; then
        # shellcheck disable=SC2086
        "$java_cmd" $HEAP -Dlog4j2.configurationFile="$WORK/apache/log4j2.properties" -cp "$APACHE_CLASSPATH" \
            org.apache.kafka.connect.cli.ConnectDistributed "$props" > "$out" 2>&1 &
    else
        KAFKA_HEAP_OPTS="$HEAP" LOG_DIR="$WORK/sluice/logs-w$n" bin/connect-distributed.sh "$props" > "$out" 2>&1 &
    fi
    started_pid=$!
    pids+=("$started_pid")
}

declare -A result
for runtime in $RUNTIMES; do
    echo ">> $runtime: 3 workers, $CONNECTORS connectors"
    mkdir -p "$WORK/$runtime"
    ports=()
    worker_pids=()
    for n in 1 2 3; do
        ports+=("$(probe free-port)")
        write_props "$runtime" "$n" "${ports[n - 1]}"
    done
    url1="http://127.0.0.1:${ports[0]}"
    url2="http://127.0.0.1:${ports[1]}"

    launched=$(now_ms)
    start_worker "$runtime" 1
    worker_pids+=("$started_pid")
    out=$(probe ready "$url1" "$launched" 120) || { tail -n 40 "$WORK/$runtime/w1.out" >&2; fail "$runtime w1"; }
    result[$runtime.launch]=$(value_of ready_ms "$out")
    echo "   launch -> REST ready: ${result[$runtime.launch]} ms"
    for n in 2 3; do
        start_worker "$runtime" "$n"
        worker_pids+=("$started_pid")
        probe ready "http://127.0.0.1:${ports[n - 1]}" "$(now_ms)" 120 > /dev/null \
            || { tail -n 40 "$WORK/$runtime/w$n.out" >&2; fail "$runtime w$n"; }
    done

    started=$(now_ms)
    probe create "$url1" "bench" "$CONNECTORS" "$WORK/empty.txt" > /dev/null
    out=$(probe await-running "$url1" "bench" "$CONNECTORS" 900)
    result[$runtime.create]=$(( $(value_of done_epoch_ms "$out") - started ))
    echo "   create $CONNECTORS connectors -> all RUNNING: ${result[$runtime.create]} ms"

    out=$(probe latency "$url2" "/connectors/{i}/status" 2000 bench "$CONNECTORS")
    result[$runtime.status50]=$(value_of p50_ms "$out")
    result[$runtime.status99]=$(value_of p99_ms "$out")
    echo "   GET /connectors/N/status: $out"
    out=$(probe latency "$url2" "/connectors?expand=status" 100 bench "$CONNECTORS")
    result[$runtime.expand50]=$(value_of p50_ms "$out")
    result[$runtime.expand99]=$(value_of p99_ms "$out")
    echo "   GET /connectors?expand=status: $out"

    killed=$(now_ms)
    kill -KILL "${worker_pids[2]}"
    out=$(probe await-running "$url1" "bench" "$CONNECTORS" 300 "127.0.0.1:${ports[2]}")
    result[$runtime.failover]=$(( $(value_of done_epoch_ms "$out") - killed ))
    echo "   SIGKILL of a worker -> all RUNNING elsewhere: ${result[$runtime.failover]} ms"

    for pid in "${worker_pids[@]}"; do stop_pid "$pid"; done
done

# ---- the table --------------------------------------------------------------------------------------------------
ratio() { # apache sluice -> apache/sluice, how many times faster Sluice is
    if [[ -n "${1:-}" && -n "${2:-}" ]]; then awk -v a="$1" -v s="$2" 'BEGIN { printf "%.2fx", a / s }'; else echo "-"; fi
}
echo
echo "| measure ($CONNECTORS connectors, 3 workers) | Apache $APACHE_VERSION | Sluice | Apache / Sluice |"
echo "|---|---|---|---|"
for key in launch create status50 status99 expand50 expand99 failover; do
    case $key in
        launch) label="launch -> REST ready (ms)" ;;
        create) label="create all connectors -> all RUNNING (ms)" ;;
        status50) label="GET /connectors/N/status p50 (ms)" ;;
        status99) label="GET /connectors/N/status p99 (ms)" ;;
        expand50) label="GET /connectors?expand=status p50 (ms)" ;;
        expand99) label="GET /connectors?expand=status p99 (ms)" ;;
        failover) label="SIGKILL -> all RUNNING elsewhere (ms)" ;;
    esac
    echo "| $label | ${result[apache.$key]:--} | ${result[sluice.$key]:--} | $(ratio "${result[apache.$key]:-}" "${result[sluice.$key]:-}") |"
done
