#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# The runtime comparison of issue 11 ("Performance"): one script, one run, one fresh single-node broker.
#   (a) raw clients:  Apache's org.apache.kafka.tools.ProducerPerformance (kafka-tools 4.3.1) with the producer's
#                     DEFAULT settings (only bootstrap.servers), then a bare KafkaConsumer (PipelineProbe consume)
#                     reading what it wrote
#   (b) Apache Kafka Connect 4.3.1: ConnectDistributed from the released jars (the e2e tests' e2e-apache-worker
#                     copy), Apache's connect-file 4.3.1 on plugin.path
#   (c) Sluice:       bin/connect-distributed.sh, Apache's connect-file 4.3.1 JAR on plugin.path
#   (d) Sluice:       bin/connect-distributed.sh, its own connect-file (plugins/connect-file) on plugin.path
# Each worker is launched alone with the same heap, GC and logging settings and its launcher's JMX default (Apache's
# starts the JMX agent, Sluice's only with JMX_PORT); the script times launch -> GET /connectors answers 200, stops the
# worker and times a restart the same way, reads VmRSS right then, runs FileStreamSource (RECORDS lines of 100 bytes -> a fresh
# one-partition topic) and FileStreamSink (that topic -> a file, which must equal the input), reads VmRSS again,
# sums the GC pauses of its -Xlog:gc file and takes its CPU seconds (utime+stime of /proc/PID/stat) over each
# connector's run. Then, on (b) and (c), the JSON line: the same source and sink with JsonConverter
# (schemas.enable=true) for key and value, set on the connectors. Connector rates count from the first record seen
# (topic end offsets or output file length, sampled every 20 ms) to the last, as in file-pipeline.sh.
# The put() line times each FileStreamSinkTask's put() with no runtime around it (PipelineProbe sink-put): the
# connector's own share of the sink, which no runtime calling put() on one thread can go below.
# The JDBC line is not run here (it needs PostgreSQL, and jdbc.sh its own broker): the table points at
# benchmarks/jdbc.sh and its figures in docs/benchmarks.md.
#
#   benchmarks/runtime.sh
#   RECORDS=200000 benchmarks/runtime.sh        fewer lines (default 1000000, 100 bytes each)
#   RUNTIMES="apache sluice-own-file" ...        a subset of "apache sluice-apache-file sluice-own-file" (the default)
#   JSON=0 ...                                   skip the JsonConverter line
#   EXTRA_PLUGINS=0 ...                          plugin.path holds only the FileStream connectors (default: also every
#                                                other plugin under plugins/, to launch with 10+ plugin JARs)
#   HEAP="-Xmx1g" ...                            worker heap settings (default -Xmx512m)
#   PLUGIN_DISCOVERY=service_load ...            plugin.discovery on every worker (default: unset, both runtimes'
#                                                default hybrid_warn, which also scans every plugin's classes)
#   SOURCE_BATCH_SIZE=10000 ...                  FileStreamSource batch.size (default 2000, the connector's default)
#   RAW_PRODUCER_PROPS="acks=1" ...              ProducerPerformance --producer-props besides bootstrap.servers
#   SKIP_BUILD=1 ...                             never run Maven for Sluice itself
#   MVN_FLAGS="-o" ...                           e.g. build offline
#   SLUICE_TARGET=target-mine ...                output folder of the helpers and Apache's copied jars
#   KEEP_WORK=1 ...                              keep the temporary directory (logs, GC logs, data) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET=${SLUICE_TARGET:-target}
MVN_FLAGS=${MVN_FLAGS:-}
RECORDS=${RECORDS:-1000000}
RECORD_BYTES=100
SOURCE_BATCH_SIZE=${SOURCE_BATCH_SIZE:-2000}
RUNTIMES=${RUNTIMES:-apache sluice-apache-file sluice-own-file}
JSON=${JSON:-1}
EXTRA_PLUGINS=${EXTRA_PLUGINS:-1}
HEAP=${HEAP:--Xmx512m}
PLUGIN_DISCOVERY=${PLUGIN_DISCOVERY:-}
APACHE_VERSION=4.3.1
TIMEOUT_SECONDS=600
PROBE_CLASSES="benchmarks/$TARGET/classes"
APACHE_WORKER_LIBS="connect-runtime/$TARGET/e2e-apache-worker/libs"
APACHE_FILE_PLUGIN="connect-runtime/$TARGET/e2e-plugins/apache-file"
# shellcheck disable=SC2206
PRODUCER_SETTINGS=(${RAW_PRODUCER_PROPS:-})
# Apache's kafka-run-class.sh defaults, which bin/sluice-run-class.sh repeats; both runtimes get exactly these, so
# neither is measured under another collector or pause goal.
PERFORMANCE_OPTS="-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35"
PERFORMANCE_OPTS="$PERFORMANCE_OPTS -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true"
JMX_OPTS="-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=false"
JMX_OPTS="$JMX_OPTS -Dcom.sun.management.jmxremote.ssl=false"
CLOCK_TICKS=$(getconf CLK_TCK)
SOURCE_CLASS=org.apache.kafka.connect.file.FileStreamSourceConnector
SINK_CLASS=org.apache.kafka.connect.file.FileStreamSinkConnector
JSON_CONVERTERS='"key.converter": "org.apache.kafka.connect.json.JsonConverter", "key.converter.schemas.enable": "true",
  "value.converter": "org.apache.kafka.connect.json.JsonConverter", "value.converter.schemas.enable": "true"'

BENCH_NAME=runtime
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh
run_started=$(now_ms)

# ---- build what is missing, resolve Apache's jars -------------------------------------------------------------
build_sluice_and_probes

# Apache's released worker and connect-file JAR: the executions connect-runtime's pom runs in pre-integration-test
# for the e2e tests, run on their own, so this script and the mixed-cluster tests start the very same jars.
if ! compgen -G "$APACHE_WORKER_LIBS/connect-runtime-$APACHE_VERSION.jar" > /dev/null \
    || ! compgen -G "$APACHE_FILE_PLUGIN/connect-file-$APACHE_VERSION.jar" > /dev/null; then
    echo ">> copying Apache's released worker and connect-file $APACHE_VERSION (connect-runtime's e2e executions)"
    # shellcheck disable=SC2086
    mvn -B -q $MVN_FLAGS -Dsluice.target="$TARGET" -pl connect-runtime \
        dependency:copy@e2e-apache-worker dependency:copy@e2e-plugin-apache-file
fi

resolve_kafka_tools "$APACHE_VERSION"

# ---- plugin paths and logging -----------------------------------------------------------------------------------
# make_plugin_path NAME FILE_CONNECTOR_DIR: $WORK/plugin-path-NAME holding those FileStream connectors and, unless
# EXTRA_PLUGINS=0, every other plugin of this build, so that launch is timed with 10+ plugin JARs to scan as the
# issue's target asks. The same extra plugins are on every runtime's path.
make_plugin_path() {
    local dir="$WORK/plugin-path-$1" plugin
    mkdir -p "$dir"
    cp -r "$2" "$dir/connect-file"
    if [[ "$EXTRA_PLUGINS" == 1 ]]; then
        for plugin in plugins/*/; do
            [[ "$(basename "$plugin")" == connect-file ]] || cp -r "$plugin" "$dir/"
        done
    fi
}
make_plugin_path apache-file "$APACHE_FILE_PLUGIN"
make_plugin_path sluice-file plugins/connect-file
plugin_jars=$(find "$WORK/plugin-path-apache-file" -name '*.jar' | wc -l)

# The same logging on both sides: INFO to the console (redirected to a file), the clients and the REST server's
# libraries at WARN, as config/logback.xml has it; no second appender writing a log file on either side.
cat > "$WORK/log4j2.properties" <<'LOG'
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %-5p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
logger.clients.name = org.apache.kafka.clients
logger.clients.level = WARN
logger.common.name = org.apache.kafka.common
logger.common.level = WARN
logger.jetty.name = org.eclipse.jetty
logger.jetty.level = WARN
logger.glassfish.name = org.glassfish
logger.glassfish.level = WARN
logger.reflections.name = org.reflections
logger.reflections.level = ERROR
LOG
cat > "$WORK/logback.xml" <<'LOG'
<configuration>
  <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>[%d{ISO8601}] %-5level %X{connector.context}%msg \(%logger{36}\)%n</pattern></encoder>
  </appender>
  <logger name="org.apache.kafka.clients" level="WARN"/>
  <logger name="org.apache.kafka.common" level="WARN"/>
  <logger name="org.eclipse.jetty" level="WARN"/>
  <logger name="org.glassfish" level="WARN"/>
  <root level="INFO"><appender-ref ref="CONSOLE"/></root>
</configuration>
LOG

# ---- what the script reads of a worker process --------------------------------------------------------------------
rss_mb() { # pid
    awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

cpu_seconds() { # pid: utime + stime; the command name in field 2 is cut off first, as it may hold spaces
    sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$CLOCK_TICKS" '{ printf "%.2f", ($12 + $13) / hz }'
}

gc_pauses() { # gc.log -> "COUNT TOTAL_MS": every stop-the-world pause -Xlog:gc logged (Young, Remark, Cleanup, Full)
    if [[ -f "$1" ]]; then
        awk '/ Pause / && match($0, /[0-9.]+ms$/) { n++; total += substr($0, RSTART, RLENGTH - 2) }
             END { printf "%d %.1f\n", n, total }' "$1"
    else
        echo "0 0.0"
    fi
}

# ---- REST calls (curl) --------------------------------------------------------------------------------------------
# PUT /connectors/NAME/config, again every 0.5 s while the worker answers 409 (it has not joined its group yet, or
# a rebalance is under way) or not at all.
put_connector() { # url name json
    local code=""
    for _ in $(seq 1 240); do
        code=$(curl -s -o "$WORK/rest.out" -w '%{http_code}' --max-time 30 -X PUT \
            -H 'Content-Type: application/json' --data "$3" "$1/connectors/$2/config" || true)
        [[ "$code" == 200 || "$code" == 201 ]] && return 0
        sleep 0.5
    done
    cat "$WORK/rest.out" >&2
    fail "could not create connector $2 (last answer: $code)"
}

delete_connector() { # url name
    local code=""
    for _ in $(seq 1 240); do
        code=$(curl -s -o "$WORK/rest.out" -w '%{http_code}' --max-time 30 -X DELETE "$1/connectors/$2" || true)
        [[ "$code" == 204 || "$code" == 200 || "$code" == 404 ]] && return 0
        sleep 0.5
    done
    cat "$WORK/rest.out" >&2
    fail "could not delete connector $2 (last answer: $code)"
}

# run_connector URL NAME CONFIG_JSON WATCHER_ARGS...: starts the watcher (a pipeline_probe timing command) in the
# background, creates the connector, waits for the watcher, deletes the connector. Sets $rate (records/s, from the
# first record seen) and $cpu_per_million (worker CPU seconds from the PUT to the watcher's end, per 1M records).
run_connector() {
    local url=$1 name=$2 config=$3 watcher cpu_before cpu_after line
    shift 3
    pipeline_probe "$@" > "$WORK/watcher.out" &
    watcher=$!
    pids+=("$watcher")
    # The watcher's JVM starts before the connector, so its start-up does not share the cores with the task's
    # first records. Records already there at its first sample would be left out of the rate anyway.
    sleep 1
    cpu_before=$(cpu_seconds "$worker_pid")
    put_connector "$url" "$name" "$config"
    wait "$watcher" || { tail -n 40 "$run_dir/worker.out" >&2; fail "$name fell short: $(cat "$WORK/watcher.out")"; }
    cpu_after=$(cpu_seconds "$worker_pid")
    line=$(cat "$WORK/watcher.out")
    echo "   $name: $line"
    rate=$(rate_of "$line")
    cpu_per_million=$(awk -v b="$cpu_before" -v a="$cpu_after" -v n="$RECORDS" 'BEGIN { printf "%.2f", (a - b) * 1e6 / n }')
    echo "   $name: worker CPU $(awk -v b="$cpu_before" -v a="$cpu_after" 'BEGIN { printf "%.2f", a - b }') s" \
        "($cpu_per_million s per 1M records)"
    delete_connector "$url" "$name"
}

source_config() { # file topic [extra JSON members]
    echo "{\"connector.class\": \"$SOURCE_CLASS\", \"tasks.max\": \"1\", \"file\": \"$1\", \"topic\": \"$2\",
      \"batch.size\": \"$SOURCE_BATCH_SIZE\"${3:+, $3}}"
}

sink_config() { # topic file [extra JSON members]
    echo "{\"connector.class\": \"$SINK_CLASS\", \"tasks.max\": \"1\", \"topics\": \"$1\", \"file\": \"$2\"${3:+, $3}}"
}

echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

# ---- a fresh broker -------------------------------------------------------------------------------------------
start_broker "$(pipeline_probe free-port)"

echo ">> writing $RECORDS lines of $RECORD_BYTES bytes to $WORK/input.txt"
pipeline_probe write-lines "$WORK/input.txt" "$RECORDS" "$RECORD_BYTES"

declare -A result

# ---- (a) raw producer and raw consumer ----------------------------------------------------------------------------
pipeline_probe create-topic "$bootstrap" perf-raw
echo ">> (a) raw producer: ProducerPerformance --num-records $RECORDS --record-size $RECORD_BYTES --throughput -1" \
    "--producer-props bootstrap.servers=$bootstrap ${PRODUCER_SETTINGS[*]}"
run_producer_performance
result[raw.source]=$raw_producer_rate

echo ">> (a) raw consumer: KafkaConsumer (client defaults, no group) reads perf-raw"
consumer_line=$(pipeline_probe consume "$bootstrap" perf-raw "$RECORDS") || fail "the raw consumer fell short"
echo "   $consumer_line"
result[raw.sink]=$(rate_of "$consumer_line")

# The connectors' own share of the sink: put() with no runtime around it, on one thread as a runtime calls it.
echo ">> put() alone: each FileStreamSinkTask writing $RECORDS lines in batches of 500, no runtime around it"
for plugin in "apache:$APACHE_FILE_PLUGIN" "sluice:plugins/connect-file"; do
    put_line=$(pipeline_probe sink-put "${plugin#*:}" org.apache.kafka.connect.file.FileStreamSinkTask "$RECORDS" \
        "$RECORD_BYTES" 500) || fail "put() alone of the ${plugin%%:*} connect-file failed"
    echo "   ${plugin%%:*} connect-file: $put_line"
    result[${plugin%%:*}.put]=$(rate_of "$put_line")
done
result[sluice-apache-file.put]=${result[apache.put]}
result[sluice-own-file.put]=${result[sluice.put]}

# ---- (b), (c), (d): one worker at a time ----------------------------------------------------------------------------
start_worker() { # runtime run-dir; sets $worker_pid and $launched_ms
    local runtime=$1 dir=$2 gc_log="-Xlog:gc:file=$2/gc.log"
    launched_ms=$(now_ms)
    if [[ "$runtime" == apache ]]; then
        # shellcheck disable=SC2086
        "$java_cmd" $HEAP $PERFORMANCE_OPTS $JMX_OPTS -Dlog4j2.configurationFile="$WORK/log4j2.properties" "$gc_log" \
            -cp "$ROOT/$APACHE_WORKER_LIBS/*" org.apache.kafka.connect.cli.ConnectDistributed "$dir/worker.properties" \
            > "$dir/worker.out" 2>&1 &
    else
        # Each runtime with its launcher's JMX default: Apache's kafka-run-class.sh starts the JMX agent, Sluice's
        # launcher leaves it to JMX_PORT (local tools attach without it).
        KAFKA_HEAP_OPTS="$HEAP" KAFKA_JVM_PERFORMANCE_OPTS="$PERFORMANCE_OPTS" \
            SLUICE_LOGBACK_OPTS="-Dlogback.configurationFile=$WORK/logback.xml" KAFKA_OPTS="$gc_log" \
            LOG_DIR="$dir/logs" bin/connect-distributed.sh "$dir/worker.properties" > "$dir/worker.out" 2>&1 &
    fi
    worker_pid=$!
    pids+=("$worker_pid")
}

for runtime in $RUNTIMES; do
    case $runtime in
        apache) label="(b) Apache $APACHE_VERSION, Apache's connect-file"; plugin_path="$WORK/plugin-path-apache-file" ;;
        sluice-apache-file) label="(c) Sluice, Apache's connect-file"; plugin_path="$WORK/plugin-path-apache-file" ;;
        sluice-own-file) label="(d) Sluice, its own connect-file"; plugin_path="$WORK/plugin-path-sluice-file" ;;
        *) fail "unknown runtime $runtime (apache, sluice-apache-file, sluice-own-file)" ;;
    esac
    run_dir="$WORK/$runtime"
    mkdir -p "$run_dir"
    port=$(pipeline_probe free-port)
    url="http://127.0.0.1:$port"
    {
        worker_base_props "$runtime" "$port"
        cat <<PROPS
offset.flush.interval.ms=1000
plugin.path=$plugin_path
${PLUGIN_DISCOVERY:+plugin.discovery=$PLUGIN_DISCOVERY}
PROPS
    } > "$run_dir/worker.properties"
    # The JSON line runs on (b) and (c): the same connect-file JAR on both, so only the runtime differs.
    json_here=0
    [[ "$JSON" == 1 && "$runtime" != sluice-own-file ]] && json_here=1
    pipeline_probe create-topic "$bootstrap" "$runtime-file"
    if [[ "$json_here" == 1 ]]; then pipeline_probe create-topic "$bootstrap" "$runtime-json"; fi

    echo ">> $label: launching the worker ($HEAP, $plugin_jars plugin JARs on plugin.path," \
        "plugin.discovery=${PLUGIN_DISCOVERY:-default})"
    # First start over this plugin.path (Sluice scans it and indexes what it found), then a restart over the same
    # JARs and the same internal topics, as an operator's restart or a rolling upgrade of the worker config would be.
    start_worker "$runtime" "$run_dir"
    result[$runtime.ready_first]=$(await_rest_ready "$url" "$worker_pid" "$launched_ms") \
        || { tail -n 40 "$run_dir/worker.out" >&2; fail "$runtime: GET /connectors never answered 200"; }
    echo "   first launch -> GET /connectors 200: ${result[$runtime.ready_first]} ms"
    stop_pid "$worker_pid"
    mv "$run_dir/worker.out" "$run_dir/worker-first.out"
    mv "$run_dir/gc.log" "$run_dir/gc-first.log"
    start_worker "$runtime" "$run_dir"
    result[$runtime.ready]=$(await_rest_ready "$url" "$worker_pid" "$launched_ms") \
        || { tail -n 40 "$run_dir/worker.out" >&2; fail "$runtime: GET /connectors never answered 200"; }
    result[$runtime.rss_start]=$(rss_mb "$worker_pid")
    result[$runtime.cpu_start]=$(cpu_seconds "$worker_pid")
    echo "   restart -> GET /connectors 200: ${result[$runtime.ready]} ms; VmRSS ${result[$runtime.rss_start]} MB;" \
        "CPU ${result[$runtime.cpu_start]} s"

    run_connector "$url" "$runtime-file-source" "$(source_config "$WORK/input.txt" "$runtime-file")" \
        await-offsets "$bootstrap" "$runtime-file" "$RECORDS" "$TIMEOUT_SECONDS"
    result[$runtime.source]=$rate
    result[$runtime.cpu_source]=$cpu_per_million
    run_connector "$url" "$runtime-file-sink" "$(sink_config "$runtime-file" "$run_dir/output.txt")" \
        await-lines "$run_dir/output.txt" "$RECORDS" "$RECORD_BYTES" "$TIMEOUT_SECONDS"
    result[$runtime.sink]=$rate
    result[$runtime.cpu_sink]=$cpu_per_million
    cmp -s "$WORK/input.txt" "$run_dir/output.txt" || fail "$runtime: the sink's output differs from the input"
    result[$runtime.rss_runs]=$(rss_mb "$worker_pid")
    read -r gc_count gc_ms < <(gc_pauses "$run_dir/gc.log")
    result[$runtime.gc_count]=$gc_count
    result[$runtime.gc_ms]=$gc_ms
    echo "   output.txt equals input.txt; VmRSS ${result[$runtime.rss_runs]} MB; GC pauses so far:" \
        "${result[$runtime.gc_count]}, ${result[$runtime.gc_ms]} ms"

    if [[ "$json_here" == 1 ]]; then
        # The source keeps its offsets per file name, so the JSON run reads the same lines through another name.
        ln "$WORK/input.txt" "$run_dir/input-json.txt"
        run_connector "$url" "$runtime-json-source" \
            "$(source_config "$run_dir/input-json.txt" "$runtime-json" "$JSON_CONVERTERS")" \
            await-offsets "$bootstrap" "$runtime-json" "$RECORDS" "$TIMEOUT_SECONDS"
        result[$runtime.json_source]=$rate
        result[$runtime.cpu_json_source]=$cpu_per_million
        run_connector "$url" "$runtime-json-sink" \
            "$(sink_config "$runtime-json" "$run_dir/output-json.txt" "$JSON_CONVERTERS")" \
            await-lines "$run_dir/output-json.txt" "$RECORDS" "$RECORD_BYTES" "$TIMEOUT_SECONDS"
        result[$runtime.json_sink]=$rate
        result[$runtime.cpu_json_sink]=$cpu_per_million
        cmp -s "$WORK/input.txt" "$run_dir/output-json.txt" \
            || fail "$runtime: the JSON sink's output differs from the input"
        result[$runtime.rss_json]=$(rss_mb "$worker_pid")
        read -r json_gc_count json_gc_ms < <(gc_pauses "$run_dir/gc.log")
        result[$runtime.gc_json_count]=$((json_gc_count - gc_count))
        result[$runtime.gc_json_ms]=$(awk -v a="$json_gc_ms" -v b="$gc_ms" 'BEGIN { printf "%.1f", a - b }')
        echo "   output-json.txt equals input.txt; VmRSS ${result[$runtime.rss_json]} MB; GC pauses in the JSON runs:" \
            "${result[$runtime.gc_json_count]}, ${result[$runtime.gc_json_ms]} ms"
    fi
    stop_pid "$worker_pid"
done
echo ">> load average at end: $(cut -d' ' -f1-3 /proc/loadavg); the run took $((($(now_ms) - run_started) / 1000)) s"

# ---- the table --------------------------------------------------------------------------------------------------
value() { # key [format]: the figure, "-" when not measured
    local v=${result[$1]:-}
    if [[ -z "$v" ]]; then echo "-"; else awk -v v="$v" -v f="${2:-%.0f}" 'BEGIN { printf f, v }'; fi
}
ratio() { # numerator-key denominator-key
    if [[ -n "${result[$1]:-}" && -n "${result[$2]:-}" ]]; then
        awk -v a="${result[$1]}" -v b="${result[$2]}" 'BEGIN { printf "%.2f", a / b }'
    else
        echo "-"
    fi
}
verdict() { # figure comparison threshold -> met / missed
    [[ "$1" == - ]] && { echo "-"; return; }
    awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= t : v < t; print ok ? "met" : "missed" }'
}
row() { # label, then the key suffix for raw, apache, sluice-apache-file, sluice-own-file (empty: "-"), format
    local label=$1 format=$6 cells="" key
    for key in "raw.$2" "apache.$3" "sluice-apache-file.$4" "sluice-own-file.$5"; do
        if [[ "$key" == *. ]]; then cells="$cells | -"; else cells="$cells | $(value "$key" "$format")"; fi
    done
    echo "| $label$cells |"
}

echo
echo "| $RECORDS records x $RECORD_BYTES B | (a) raw clients | (b) Apache $APACHE_VERSION + Apache file |" \
    "(c) Sluice + Apache file | (d) Sluice + own file |"
echo "|---|---|---|---|---|"
row "source, records/s ((a): ProducerPerformance, defaults)" source source source source "%.0f"
row "sink, records/s ((a): KafkaConsumer)" sink sink sink sink "%.0f"
row "sink put() alone (the connector with no runtime), records/s" "" put put put "%.0f"
row "JSON source (schemas.enable=true), records/s" "" json_source json_source "" "%.0f"
row "JSON sink (schemas.enable=true), records/s" "" json_sink json_sink "" "%.0f"
echo "| JDBC source / sink | not run here: benchmarks/jdbc.sh (PostgreSQL), figures in docs/benchmarks.md | | | |"
row "first launch -> GET /connectors 200 (ms), $plugin_jars plugin JARs" "" ready_first ready_first ready_first "%.0f"
row "restart -> GET /connectors 200 (ms)" "" ready ready ready "%.0f"
row "VmRSS right after the restart (MB)" "" rss_start rss_start rss_start "%.0f"
row "VmRSS after source + sink (MB)" "" rss_runs rss_runs rss_runs "%.0f"
row "VmRSS after the JSON runs (MB)" "" rss_json rss_json "" "%.0f"
row "CPU s at REST ready (restart)" "" cpu_start cpu_start cpu_start "%.2f"
row "CPU s per 1M records, source" "" cpu_source cpu_source cpu_source "%.2f"
row "CPU s per 1M records, sink" "" cpu_sink cpu_sink cpu_sink "%.2f"
row "CPU s per 1M records, JSON source" "" cpu_json_source cpu_json_source "" "%.2f"
row "CPU s per 1M records, JSON sink" "" cpu_json_sink cpu_json_sink "" "%.2f"
row "GC pauses, start + source + sink (count)" "" gc_count gc_count gc_count "%.0f"
row "GC pauses, start + source + sink (total ms)" "" gc_ms gc_ms gc_ms "%.1f"
row "GC pauses in the JSON runs (count)" "" gc_json_count gc_json_count "" "%.0f"
row "GC pauses in the JSON runs (total ms)" "" gc_json_ms gc_json_ms "" "%.1f"

echo
echo "| ratio | value | target | |"
echo "|---|---|---|---|"
r=$(ratio sluice-apache-file.source raw.source)
echo "| source (c) / (a) raw producer | $r | >= 0.9 | $(verdict "$r" ">=" 0.9) |"
r=$(ratio sluice-apache-file.source apache.source)
echo "| source (c) / (b) Apache | $r | about 1.5 (follows from the above) | $(verdict "$r" ">=" 1.5) |"
echo "| source (d) / (a) raw producer | $(ratio sluice-own-file.source raw.source) | | |"
echo "| source (b) / (a) raw producer | $(ratio apache.source raw.source) | | |"
r=$(ratio sluice-apache-file.sink apache.sink)
echo "| sink (c) / (b) Apache | $r | >= 1.5 | $(verdict "$r" ">=" 1.5) |"
r=$(ratio sluice-own-file.sink apache.sink)
echo "| sink (d) / (b) Apache | $r | >= 1.5 | $(verdict "$r" ">=" 1.5) |"
echo "| sink (c) / put() alone of Apache's file (the most a runtime calling put on one thread can reach) |" \
    "$(ratio sluice-apache-file.sink apache.put) | | |"
echo "| sink (b) / put() alone of Apache's file | $(ratio apache.sink apache.put) | | |"
echo "| sink (c) / (a) raw consumer | $(ratio sluice-apache-file.sink raw.sink) | | |"
echo "| sink (d) / (a) raw consumer | $(ratio sluice-own-file.sink raw.sink) | | |"
echo "| sink (b) / (a) raw consumer | $(ratio apache.sink raw.sink) | | |"
echo "| JSON source (c) / (b) | $(ratio sluice-apache-file.json_source apache.json_source) | | |"
echo "| JSON sink (c) / (b) | $(ratio sluice-apache-file.json_sink apache.json_sink) | | |"
for runtime in sluice-apache-file sluice-own-file; do
    letter=c; [[ "$runtime" == sluice-own-file ]] && letter=d
    v=$(value "$runtime.ready_first")
    echo "| REST ready (ms), first launch, ($letter), $plugin_jars plugin JARs | $v | < 1000 | $(verdict "$v" "<" 1000) |"
    v=$(value "$runtime.ready")
    echo "| REST ready (ms), restart, ($letter), $plugin_jars plugin JARs | $v | < 1000 | $(verdict "$v" "<" 1000) |"
    v=$(value "$runtime.rss_start")
    echo "| VmRSS after start (MB), ($letter), $HEAP | $v | < 200 | $(verdict "$v" "<" 200) |"
done
