#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# How close Sluice's REST start is to the least its stack allows, measured in one run on one fresh broker:
#   JVM:        java -version, the JVM's own start and exit
#   REST floor: dev.sluice.benchmarks.startup.RestFloor, which configures logback (config/logback.xml) and starts
#               Jersey on Jetty with Jackson answering GET /connectors with [], nothing else: no Kafka client, no
#               plugin, no store. It runs from the worker's own libs/, with the connect launcher's JVM settings and
#               class data sharing as the launcher does it (an archive dumped by its first launch).
#   Sluice:     bin/connect-distributed.sh with every plugin of this build on plugin.path, its class data sharing
#               archive and plugin index in fresh directories, so its first launch is one.
# Each is launched RESTARTS times after a first launch; the time is launch -> GET /connectors answers 200 (polled
# every 20 ms with curl). The floor is what the performance issue's "REST ready < 1 s" target has to fit above.
#
#   benchmarks/rest-floor.sh
#   RESTARTS=5 benchmarks/rest-floor.sh      launches after the first (default 3)
#   SKIP_BUILD=1 ...                         never run Maven
#   MVN_FLAGS="-o" ...                       e.g. build offline
#   KEEP_WORK=1 ...                          keep the temporary directory (logs, archives) after the run
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET=target
MVN_FLAGS=${MVN_FLAGS:-}
RESTARTS=${RESTARTS:-3}
PROBE_CLASSES="benchmarks/$TARGET/classes"
# bin/sluice-connect-worker.sh's heap default and bin/sluice-run-class.sh's JVM settings, so the floor runs as a
# worker launched by the scripts would.
FLOOR_JVM_OPTS="-Xms256M -Xmx2G -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35"
FLOOR_JVM_OPTS="$FLOOR_JVM_OPTS -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true -Xlog:cds=off"
FLOOR_JVM_OPTS="$FLOOR_JVM_OPTS -Xlog:cds+dynamic=off -Dlogback.configurationFile=$ROOT/config/logback.xml"

BENCH_NAME=rest-floor
# shellcheck source=benchmarks/common.sh
source benchmarks/common.sh

build_sluice_and_probes
[[ -f "$PROBE_CLASSES/dev/sluice/benchmarks/startup/RestFloor.class" ]] \
    || fail "the REST floor is not compiled; run without SKIP_BUILD=1"
# Class data sharing takes classes from JARs only.
jar cf "$WORK/rest-floor.jar" -C "$PROBE_CLASSES" dev/sluice/benchmarks/startup
echo ">> load average at start: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"

declare -a jvm_ms floor_ms sluice_ms
median() { # numbers...
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ---- the JVM alone --------------------------------------------------------------------------------------------
for _ in $(seq 1 "$RESTARTS"); do
    started=$(now_ms)
    "$java_cmd" -version > /dev/null 2>&1
    jvm_ms+=($(($(now_ms) - started)))
done
echo "   java -version: ${jvm_ms[*]} ms"

# ---- the REST floor -------------------------------------------------------------------------------------------
port=$(pipeline_probe free-port)
for run in $(seq 0 "$RESTARTS"); do
    if ((run == 0)); then cds="-XX:ArchiveClassesAtExit=$WORK/rest-floor.jsa"; else cds="-XX:SharedArchiveFile=$WORK/rest-floor.jsa"; fi
    launched_ms=$(now_ms)
    # shellcheck disable=SC2086
    LOG_DIR="$WORK/logs-floor" "$java_cmd" $FLOOR_JVM_OPTS "$cds" -cp "$WORK/rest-floor.jar:$ROOT/libs/*" \
        dev.sluice.benchmarks.startup.RestFloor "$port" > "$WORK/floor-$run.out" 2>&1 &
    pid=$!
    pids+=("$pid")
    ms=$(await_rest_ready "http://127.0.0.1:$port" "$pid" "$launched_ms") \
        || { cat "$WORK/floor-$run.out" >&2; fail "the REST floor did not answer"; }
    stop_pid "$pid"
    if ((run == 0)); then
        [[ -f "$WORK/rest-floor.jsa" ]] || fail "the REST floor's first launch wrote no archive"
        echo "   REST floor, first launch: $ms ms"
    else
        floor_ms+=("$ms")
    fi
done
echo "   REST floor, with its archive: ${floor_ms[*]} ms"

# ---- Sluice ---------------------------------------------------------------------------------------------------
start_broker "$(pipeline_probe free-port)"
port=$(pipeline_probe free-port)
plugin_jars=$(find "$ROOT/plugins" -name '*.jar' | wc -l)
{
    worker_base_props sluice "$port"
    echo "plugin.path=$ROOT/plugins"
} > "$WORK/worker.properties"
for run in $(seq 0 "$RESTARTS"); do
    launched_ms=$(now_ms)
    SLUICE_CDS_DIR="$WORK/cds" KAFKA_OPTS="-Dsluice.plugin.index.dir=$WORK/plugin-index" LOG_DIR="$WORK/logs-sluice" \
        bin/connect-distributed.sh "$WORK/worker.properties" > "$WORK/sluice-$run.out" 2>&1 &
    pid=$!
    pids+=("$pid")
    ms=$(await_rest_ready "http://127.0.0.1:$port" "$pid" "$launched_ms") \
        || { tail -30 "$WORK/sluice-$run.out" >&2; fail "the worker did not answer"; }
    stop_pid "$pid"
    if ((run == 0)); then
        echo "   Sluice, first launch ($plugin_jars plugin JARs): $ms ms"
        sluice_first=$ms
    else
        sluice_ms+=("$ms")
    fi
done
echo "   Sluice, restarts: ${sluice_ms[*]} ms"

jvm=$(median "${jvm_ms[@]}")
floor=$(median "${floor_ms[@]}")
sluice=$(median "${sluice_ms[@]}")
echo
echo "| launch -> GET /connectors 200, median of $RESTARTS (ms) | |"
echo "|---|---|"
echo "| java -version | $jvm |"
echo "| REST floor: logback + Jetty + Jersey + Jackson, class data sharing | $floor |"
echo "| Sluice distributed worker, $plugin_jars plugin JARs, restart | $sluice |"
echo "| Sluice, first launch (no archive, no plugin index) | $sluice_first |"
echo "| Sluice above the floor | $(awk -v s="$sluice" -v f="$floor" 'BEGIN { print s - f }') |"
echo "| Sluice / floor | $(awk -v s="$sluice" -v f="$floor" 'BEGIN { printf "%.2f", s / f }') |"
