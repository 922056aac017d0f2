#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# The quickstart: a single-node KRaft broker on localhost:9092 (data kept under ./data/kafka) and, beside it, a
# distributed Sluice worker (config/connect-distributed.properties, REST on port 8083) running the file source and
# sink connectors, which copy lines appended to test.txt into the topic connect-test and from there into
# test.sink.txt. The connectors are created through REST on the first start only: the worker keeps them, with their
# offsets, in the internal topics, so a second start carries on where the first stopped. Ctrl-C stops both.
#
# With --schema-registry (or SLUICE_SCHEMA_REGISTRY=1) a schema registry with Confluent's API starts too, on
# localhost:8081 (schema.registry.url=http://localhost:8081/apis/ccompat/v7): the test kit's Apicurio Registry, which
# keeps schemas in memory only, so Avro records written before a restart cannot be read after it.
#
# Runs from the repository root whatever the current directory; builds first if the build outputs are missing
# (after changing the sources, refresh them with `mvn -DskipTests package`). JAVA_HOME and the variables of
# bin/sluice-run-class.sh apply to the worker.
set -euo pipefail

base_dir="$(cd -P -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}" 2> /dev/null || echo "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$base_dir"

kafka_port=9092
rest_port=8083
registry_port=8081
with_registry="${SLUICE_SCHEMA_REGISTRY:-0}"
for arg in "$@"; do
    case "$arg" in
        --schema-registry) with_registry=1 ;;
        *) echo "usage: bin/sluice-quickstart.sh [--schema-registry]" >&2; exit 2 ;;
    esac
done
registry_out="logs/registry-quickstart.out"
testkit_classes="connect-testkit/target/classes"
testkit_classpath="$testkit_classes/META-INF/sluice-testkit/shared.classpath"
broker_out="logs/kafka-quickstart.out"
broker_ready_seconds=120

if [ -n "${JAVA_HOME:-}" ]; then
    java_cmd="$JAVA_HOME/bin/java"
else
    java_cmd="java"
fi

built() {
    compgen -G "libs/connect-runtime-*.jar" > /dev/null \
        && compgen -G "plugins/connect-file/*.jar" > /dev/null \
        && [ -f "$testkit_classpath" ] \
        && [ -f "$testkit_classes/dev/sluice/connect/testkit/EmbeddedKafkaMain.class" ] \
        && { [ "$with_registry" != 1 ] || compgen -G "connect-testkit/target/apicurio-registry/*-runner.jar" > /dev/null; }
}

# True when something already accepts connections on the port (bash's /dev/tcp, no extra tools needed).
listening() {
    (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null
}

if ! built; then
    command -v mvn > /dev/null 2>&1 || { echo "Maven (mvn) is needed to build Sluice first." >&2; exit 1; }
    echo "Building Sluice (mvn -q -DskipTests package) ..."
    # Maven 3.8 writes colour resets even in batch mode without colour; they would show as raw escape codes.
    mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed $'s/\e\\[[0-9;]*m//g'
fi

ports=("$kafka_port" "$rest_port")
[ "$with_registry" = 1 ] && ports+=("$registry_port")
for port in "${ports[@]}"; do
    if listening "$port"; then
        echo "Port $port is already in use (another broker or worker?); stop that first." >&2
        exit 1
    fi
done

broker_pid=""
registry_pid=""
# Stops a background process with SIGTERM and waits for it to exit.
stop_process() { # description pid
    if [ -n "$2" ] && kill -0 "$2" 2> /dev/null; then
        echo "Stopping the $1 ..."
        kill -TERM "$2" 2> /dev/null || true
        wait "$2" 2> /dev/null || true
    fi
}
stop_registry() {
    stop_process "schema registry" "$registry_pid"
}
stop_broker() {
    stop_registry
    if [ -n "$broker_pid" ] && kill -0 "$broker_pid" 2> /dev/null; then
        echo "Stopping the broker ..."
        kill -TERM "$broker_pid" 2> /dev/null || true
        # A clean shutdown takes a few seconds; do not leave a broker behind if it hangs.
        for _ in $(seq 1 60); do
            kill -0 "$broker_pid" 2> /dev/null || break
            sleep 0.5
        done
        kill -KILL "$broker_pid" 2> /dev/null || true
        wait "$broker_pid" 2> /dev/null || true
    fi
}
trap stop_broker EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p logs data
echo "Starting Kafka on localhost:$kafka_port (data in ./data/kafka, output in $broker_out) ..."
"$java_cmd" -cp "$testkit_classes:$(cat "$testkit_classpath")" dev.sluice.connect.testkit.EmbeddedKafkaMain \
    --data-dir ./data/kafka --port "$kafka_port" > "$broker_out" 2>&1 &
broker_pid=$!

waited=0
until grep -q "Kafka is ready" "$broker_out" 2> /dev/null; do
    if ! kill -0 "$broker_pid" 2> /dev/null; then
        echo "Kafka did not start; the end of $broker_out:" >&2
        tail -n 30 "$broker_out" >&2
        exit 1
    fi
    if [ "$waited" -ge $((broker_ready_seconds * 2)) ]; then
        echo "Kafka was not ready after ${broker_ready_seconds}s; the end of $broker_out:" >&2
        tail -n 30 "$broker_out" >&2
        exit 1
    fi
    sleep 0.5
    waited=$((waited + 1))
done
echo "Kafka is ready."

if [ "$with_registry" = 1 ]; then
    echo "Starting the schema registry on localhost:$registry_port (output in $registry_out) ..."
    "$java_cmd" -cp "$testkit_classes:$(cat "$testkit_classpath")" dev.sluice.connect.testkit.SchemaRegistryMain \
        --port "$registry_port" --log-dir ./data/registry > "$registry_out" 2>&1 &
    registry_pid=$!
    until grep -q "Schema registry is ready" "$registry_out" 2> /dev/null; do
        if ! kill -0 "$registry_pid" 2> /dev/null; then
            echo "The schema registry did not start; the end of $registry_out:" >&2
            tail -n 30 "$registry_out" >&2
            exit 1
        fi
        sleep 0.5
    done
    echo "Schema registry is ready: schema.registry.url=http://localhost:$registry_port/apis/ccompat/v7"
fi

worker_pid=""
stop_all() {
    stop_process worker "$worker_pid"
    stop_broker
}
trap stop_all EXIT

# One HTTP request to the worker over bash's /dev/tcp (no curl needed); prints the status code.
http_status() { # method path [json-body]
    local body="${3:-}" status=""
    exec 3<> "/dev/tcp/127.0.0.1/$rest_port" || return 1
    printf '%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
        "$1" "$2" "${#body}" "$body" >&3
    read -r _ status _ <&3 || true
    exec 3>&- 3<&-
    echo "$status"
}

# A connector .properties file (key=value lines) as a JSON object of strings.
properties_json() { # file
    local json="" key value
    while IFS='=' read -r key value; do
        case "$key" in ''|'#'*|'!'*) continue ;; esac
        value="${value//\\/\\\\}"
        value="${value//\"/\\\"}"
        json="$json${json:+,}\"$key\":\"$value\""
    done < "$1"
    echo "{$json}"
}

touch test.txt
echo "Starting the worker (REST on http://localhost:$rest_port, output in logs/connect-quickstart.out) ..."
bin/connect-distributed.sh config/connect-distributed.properties > logs/connect-quickstart.out 2>&1 &
worker_pid=$!

# /health answers 200 once the worker has joined its group and knows what to run.
until [ "$(http_status GET /health 2> /dev/null)" = "200" ]; do
    if ! kill -0 "$worker_pid" 2> /dev/null; then
        echo "The worker did not start; the end of logs/connect-quickstart.out:" >&2
        tail -n 30 logs/connect-quickstart.out >&2
        exit 1
    fi
    sleep 0.5
done

for file in config/connect-file-source.properties config/connect-file-sink.properties; do
    name="$(sed -n 's/^name=//p' "$file")"
    if [ "$(http_status GET "/connectors/$name")" = "404" ]; then
        # A 409 means the cluster is rebalancing (e.g. right after start): try again shortly.
        for _ in $(seq 1 60); do
            status="$(http_status PUT "/connectors/$name/config" "$(properties_json "$file")")"
            [ "$status" = "409" ] || [ "${status:0:1}" = "5" ] || break
            sleep 1
        done
        echo "Created connector $name (HTTP $status)"
    else
        echo "Connector $name already exists; it resumes from its stored offsets"
    fi
done

echo "Sluice is running. Try:"
echo "  the web console: http://localhost:$rest_port/ui/"
echo "  echo hello >> test.txt; cat test.sink.txt"
echo "  curl localhost:$rest_port/connectors?expand=status"
echo "Ctrl-C stops the worker and the broker."
status=0
wait "$worker_pid" || status=$?
worker_pid=""
exit "$status"
