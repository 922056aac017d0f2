#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# Builds the benchmark jar and runs Sluice against Apache Kafka 4.3.1 in one JMH run, then prints ops/s of both
# and the ratio Sluice/Apache per benchmark. The default JMH settings are short enough for a 2-core machine.
#
#   benchmarks/run.sh                      build, then run every benchmark
#   benchmarks/run.sh TransformChain       extra arguments go to JMH (here: a benchmark name filter)
#   SKIP_BUILD=1 benchmarks/run.sh         reuse the jar from the last build
#   JMH_OPTS="-f 2 -i 10" benchmarks/run.sh
#   MVN_FLAGS="-o" benchmarks/run.sh       e.g. build offline
#   SLUICE_TARGET=target-mine ...          build output folder (as -Dsluice.target in the rest of the build)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TARGET=${SLUICE_TARGET:-target}
JAR="benchmarks/$TARGET/benchmarks.jar"
JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s}
MVN_FLAGS=${MVN_FLAGS:-}
RESULT="benchmarks/$TARGET/jmh-result.csv"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo ">> building $JAR"
    # shellcheck disable=SC2086
    if grep -q '<module>benchmarks</module>' pom.xml; then
        mvn -B -q $MVN_FLAGS -Dsluice.target="$TARGET" -DskipTests -pl benchmarks -am package
    else
        # Not yet a module of the parent: install what it depends on, then build it on its own.
        mvn -B -q $MVN_FLAGS -Dsluice.target="$TARGET" -DskipTests \
            -pl connect-api,connect-json,connect-transforms -am install
        mvn -B -q $MVN_FLAGS -Dsluice.target="$TARGET" -DskipTests -f benchmarks/pom.xml package
    fi
fi

echo ">> java -jar $JAR $JMH_OPTS $*"
# The English locale keeps JMH's CSV numbers parseable; forks inherit these JVM options.
# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -jar "$JAR" $JMH_OPTS -rf csv -rff "$RESULT" "$@"

echo
echo ">> $(nproc) cores, JMH $JMH_OPTS; ops/s, +- is the 99.9% confidence half-interval"
awk -F',' '
    NR == 1 { next }  # JMH ends CSV lines with CRLF
    {
        sub(/\r$/, ""); for (i = 1; i <= NF; i++) gsub(/"/, "", $i)
        name = $1; sub(/^.*\.benchmarks\./, "", name)
        score[name, $8] = $5; error[name, $8] = $6
        if (!(name in seen)) { seen[name] = 1; order[++n] = name }
    }
    END {
        printf "%-40s %24s %24s %8s\n", "benchmark", "sluice ops/s", "apache ops/s", "ratio"
        for (k = 1; k <= n; k++) {
            b = order[k]
            s = score[b, "sluice"]; a = score[b, "apache"]
            ratio = (s != "" && a != "" && a > 0) ? sprintf("%.2fx", s / a) : "n/a"
            apache = (a != "") ? sprintf("%12.0f +- %8.0f", a, error[b, "apache"]) : sprintf("%24s", "-")
            printf "%-40s %12.0f +- %8.0f %s %8s\n", b, s, error[b, "sluice"], apache, ratio
        }
    }' "$RESULT"
