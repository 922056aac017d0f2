#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Distributed mode at scale (the performance issue's scale test), Apache Kafka Connect 4.3.1 against Sluice in one
# run, on one fresh single-node broker. For each runtime, a cluster of 3 workers (session.timeout.ms=10000,
# scheduled.rebalance.max.delay.ms=3000):
#   1. launch:   JVM start of the first worker -> its REST API answers GET / with JSON
#   2. create:   CONNECTORS FileStreamSource connectors (tasks.max=1, an empty file), each through a worker picked at
#                random (the same seeded picks for both runtimes), until every connector and task is RUNNING
#   3. REST:     p50/p99 of GET /connectors/N/status (random N) and of GET /connectors?expand=status, asked of the
#                second worker
#   4. memory:   VmRSS of each worker, and its live heap (jcmd GC.class_histogram: a full GC, then the total) compared
#                with the same reading taken once all 3 workers were up and before any create: heap per task is that
#                growth divided by the tasks the worker runs (it carries as many connectors, so it is the cost of a
#                connector and its task)
#   5. failover: SIGKILL the third worker (never the leader) -> every connector and task RUNNING on the others
#   6. join:     start the killed worker again (same config, same id) -> every connector and task RUNNING and it runs
#                a task; then -> every worker runs floor or ceil of tasks/3 (balanced), both from its JVM launch
# Apache runs from its released jars (resolved by Maven), Sluice from libs/ and plugins/; both get the same heap and
# the same FileStream connectors (their own builds of them) on plugin.path. All REST calls come from one probe
# (dev.sluice.benchmarks.cluster.ClusterProbe), so both runtimes are measured the same way.
#
#   benchmarks/distributed.sh
#   CONNECTORS=100 benchmarks/distributed.sh      fewer connectors (default 1000)
#   RUNTIMES="sluice" ...                          only one of them (default "apache sluice")
#   SKIP_BUILD=1 ...                               never run Maven for Sluice itself
#   KEEP_WORK=1 ...                                keep the temporary directory (logs, data) after the run
#   MVN_FLAGS=-o ...                               extra Maven flags (resolving Apache's jars offline)
#   NMT=1 ...                                      Native Memory Tracking on every worker: where each one's committed
#                                                  memory goes (heap, threads, GC, code, metaspace...), printed with
#                                                  the memory figures and kept as wN-nmt.txt
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
CONNECTORS=${CONNECTORS:-1000}
RUNTIMES=${RUNTIMES:-apache sluice}
APACHE_VERSION=4.3.1
LOG4J_VERSION=2.24.3
HEAP=${HEAP:--Xms256m -Xmx1g}
[[ "${NMT:-0}" == 1 ]] && HEAP="$HEAP -XX:NativeMemoryTracking=summary"
PROBE_CLASSES="benchmarks/target/classes"

BENCH_NAME=distributed
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh

# ---- build and resolve ----------------------------------------------------------------------------------------
if ! compgen -G "libs/connect-runtime-*.jar" > /dev/null || [[ ! -f "$TESTKIT_CLASSPATH" ]]; then
    [[ "${SKIP_BUILD:-0}" == 1 ]] && fail "libs/ or the testkit are missing; run mvn -DskipTests package"
    echo ">> building Sluice (mvn -DskipTests package)"
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} -DskipTests package
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo ">> compiling the probe"
    # shellcheck disable=SC2086
    mvn -B -q ${MVN_FLAGS:-} -pl benchmarks -am compile
fi
command -v jcmd > /dev/null || fail "jcmd (from the JDK) is needed to read the workers' heaps"

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
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} -f "$WORK/apache/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/apache/classpath.txt" \
    > "$WORK/apache/mvn.out" 2>&1 || { cat "$WORK/apache/mvn.out" >&2; fail "could not resolve connect-runtime"; }
# shellcheck disable=SC2086
mvn -B -q ${MVN_FLAGS:-} dependency:copy -Dartifact="org.apache.kafka:connect-file:$APACHE_VERSION" \
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
# The live heap of a JVM in KB: the bytes of the objects still reachable, from the class histogram, which runs a
# stop-the-world full GC first whatever the GC flags say (System.gc(), i.e. jcmd GC.run, only starts a concurrent
# cycle under -XX:+ExplicitGCInvokesConcurrent, which Sluice's scripts set, and would count garbage not yet freed).
# The histogram is kept in FILE, to see what the heap holds.
live_heap_kb() { # pid file
    jcmd "$1" GC.class_histogram > "$2" || fail "jcmd $1 GC.class_histogram failed"
    awk '$1 == "Total" { printf "%d", $3 / 1024 }' "$2"
}
# The heap the JVM has committed, in KB ("... total NK, used MK ..."), and its thread count: with the live heap, what
# makes up the RSS.
committed_heap_kb() { # pid
    jcmd "$1" GC.heap_info | sed -n 's/.* total \([0-9]*\)K, used.*/\1/p' | head -1
}
rss_kb() { # pid
    sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status"
}
threads_of() { # pid
    sed -n 's/^Threads:[[:space:]]*\([0-9]*\)/\1/p' "/proc/$1/status"
}

echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# ---- a fresh broker -------------------------------------------------------------------------------------------
start_broker "$(probe free-port)"
touch "$WORK/empty.txt"

# ---- one runtime ------------------------------------------------------------------------------------------------
write_props() { # runtime worker-number port
    local runtime=$1 n=$2 port=$3 plugins
    if [[ "$runtime" == apache ]]; then plugins="$WORK/apache/plugins"; else plugins="$ROOT/plugins"; fi
    {
        worker_base_props "$runtime" "$port"
        cat <<PROPS
plugin.path=$plugins
session.timeout.ms=10000
heartbeat.interval.ms=3000
scheduled.rebalance.max.delay.ms=3000
offset.flush.interval.ms=10000
PROPS
    } > "$WORK/$runtime/w$n.properties"
}

start_worker() { # runtime worker-number [output-suffix] -> pid in started_pid
    local runtime=$1 n=$2 props="$WORK/$1/w$2.properties" out="$WORK/$1/w$2${3:-}.out"
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
    all_urls="$url1,$url2,http://127.0.0.1:${ports[2]}"

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

    # The live heap of an idle worker, to subtract from the one with its share of the connectors.
    declare -A base_heap=()
    for n in 1 2 3; do base_heap[$n]=$(live_heap_kb "${worker_pids[n - 1]}" "$WORK/$runtime/w$n-idle.histo"); done
    echo "   live heap after start (KB): w1 ${base_heap[1]}, w2 ${base_heap[2]}, w3 ${base_heap[3]}"

    started=$(now_ms)
    out=$(probe create "$all_urls" "bench" "$CONNECTORS" "$WORK/empty.txt")
    echo "   creates through random workers: $out (retries: answers other than 200/201, mostly 409 in a rebalance)"
    out=$(probe await-running "$url1" "bench" "$CONNECTORS" 1800)
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

    # RSS as the operator sees it (before the full GCs below, which may change it), then the live heap.
    placement=$(probe placement "$url1" "bench")
    rss_max=0 rss_sum=0 heap_task_sum=0
    for n in 1 2 3; do
        pid=${worker_pids[n - 1]}
        rss=$(rss_kb "$pid")
        threads=$(threads_of "$pid")
        committed=$(committed_heap_kb "$pid")
        # Read with the RSS, before the full GC of the live-heap reading below shrinks the heap.
        [[ "${NMT:-0}" == 1 ]] && jcmd "$pid" VM.native_memory summary scale=MB > "$WORK/$runtime/w$n-nmt.txt"
        tasks=$(sed -n "s/^127.0.0.1:${ports[n - 1]} .*tasks=\([0-9]*\).*/\1/p" <<< "$placement")
        connectors=$(sed -n "s/^127.0.0.1:${ports[n - 1]} connectors=\([0-9]*\).*/\1/p" <<< "$placement")
        heap=$(live_heap_kb "$pid" "$WORK/$runtime/w$n-running.histo")
        per_task=$(awk -v h="$heap" -v b="${base_heap[$n]}" -v t="${tasks:-0}" \
            'BEGIN { if (t > 0) printf "%.1f", (h - b) / t; else print "-" }')
        echo "   w$n: ${connectors:-0} connectors, ${tasks:-0} tasks, RSS $((rss / 1024)) MB ($threads threads," \
            "heap committed $((committed / 1024)) MB), live heap ${base_heap[$n]} -> $heap KB, $per_task KB per task"
        if [[ "${NMT:-0}" == 1 ]]; then
            # "-   Java Heap (reserved=1024MB, committed=256MB)" -> "Java Heap 256", one per category
            nmt_category='s/^- *\([A-Za-z][A-Za-z ]*[A-Za-z]\) *(reserved=[0-9]*MB, committed=\([0-9]*\)MB).*/\1 \2/p'
            echo "      committed MB: $(sed -n "$nmt_category" "$WORK/$runtime/w$n-nmt.txt" | awk '$NF > 0' \
                | paste -sd, | sed 's/,/, /g')"
        fi
        if ((rss > rss_max)); then rss_max=$rss; fi
        rss_sum=$((rss_sum + rss))
        heap_task_sum=$(awk -v s="$heap_task_sum" -v p="$per_task" 'BEGIN { print s + p }')
    done
    result[$runtime.rss_mean]=$((rss_sum / 3 / 1024))
    result[$runtime.rss_max]=$((rss_max / 1024))
    result[$runtime.heap_task]=$(awk -v s="$heap_task_sum" 'BEGIN { printf "%.1f", s / 3 }')

    killed=$(now_ms)
    kill -KILL "${worker_pids[2]}"
    wait "${worker_pids[2]}" 2> /dev/null || true # reaped here, so bash reports no "Killed" job
    out=$(probe await-running "$url1" "bench" "$CONNECTORS" 300 "127.0.0.1:${ports[2]}")
    result[$runtime.failover]=$(( $(value_of done_epoch_ms "$out") - killed ))
    echo "   SIGKILL of a worker -> all RUNNING elsewhere: ${result[$runtime.failover]} ms"

    # The killed worker comes back with the same config, so the same worker id: how long until the cluster has
    # settled with it, timed from its JVM launch (its start is part of what an operator waits for).
    joined=$(now_ms)
    start_worker "$runtime" 3 "-rejoined"
    worker_pids[2]=$started_pid
    out=$(probe ready "http://127.0.0.1:${ports[2]}" "$joined" 120) \
        || { tail -n 40 "$WORK/$runtime/w3-rejoined.out" >&2; fail "$runtime w3 rejoining"; }
    result[$runtime.join_ready]=$(value_of ready_ms "$out")
    out=$(probe await-joined "$url1" "bench" "$CONNECTORS" 300 "127.0.0.1:${ports[2]}" 3)
    result[$runtime.join_first]=$(( $(value_of first_task_epoch_ms "$out") - joined ))
    if grep -q "balanced=none" <<< "$out"; then
        result[$runtime.join_balanced]="not within 300 s"
    else
        result[$runtime.join_balanced]=$(( $(value_of balanced_epoch_ms "$out") - joined ))
    fi
    echo "   restart of that worker: REST ready ${result[$runtime.join_ready]} ms, all RUNNING and it runs a task" \
        "${result[$runtime.join_first]} ms, balanced ${result[$runtime.join_balanced]} ms; placement:"
    grep "connectors=" <<< "$out" | sed 's/^/     /'

    for pid in "${worker_pids[@]}"; do stop_pid "$pid"; done
done

# ---- the table --------------------------------------------------------------------------------------------------
ratio() { # apache sluice -> apache/sluice, how many times faster (or smaller) Sluice is
    if [[ "${1:-}" =~ ^[0-9.]+$ && "${2:-}" =~ ^[0-9.]+$ ]]; then awk -v a="$1" -v s="$2" 'BEGIN { printf "%.2fx", a / s }'; else echo "-"; fi
}
echo
echo "| measure ($CONNECTORS connectors, 3 workers) | Apache $APACHE_VERSION | Sluice | Apache / Sluice |"
echo "|---|---|---|---|"
for key in launch create status50 status99 expand50 expand99 rss_mean rss_max heap_task failover join_ready join_first \
    join_balanced; do
    case $key in
        launch) label="launch -> REST ready (ms)" ;;
        create) label="create all connectors -> all RUNNING (ms)" ;;
        status50) label="GET /connectors/N/status p50 (ms)" ;;
        status99) label="GET /connectors/N/status p99 (ms)" ;;
        expand50) label="GET /connectors?expand=status p50 (ms)" ;;
        expand99) label="GET /connectors?expand=status p99 (ms)" ;;
        rss_mean) label="RSS per worker, mean of 3, all RUNNING (MB)" ;;
        rss_max) label="RSS per worker, largest of 3 (MB)" ;;
        heap_task) label="live heap per task (connector + task), mean of 3 workers (KB)" ;;
        failover) label="SIGKILL -> all RUNNING elsewhere (ms)" ;;
        join_ready) label="killed worker restarted: launch -> REST ready (ms)" ;;
        join_first) label="restart -> all RUNNING and it runs a task (ms)" ;;
        join_balanced) label="restart -> all RUNNING, every worker floor/ceil of tasks/3 (ms)" ;;
    esac
    echo "| $label | ${result[apache.$key]:--} | ${result[sluice.$key]:--} | $(ratio "${result[apache.$key]:-}" "${result[sluice.$key]:-}") |"
done
