#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
#
# The launcher behind bin/connect-standalone.sh and bin/connect-distributed.sh: puts <base>/libs on the class path,
# reads the environment variables Apache Kafka's scripts read, and runs a main class in the foreground or, with
# -daemon, in the background.
#
#   sluice-run-class.sh [-daemon] [-name NAME] MAIN_CLASS [ARGS...]
#
# Environment (all optional):
#   JAVA_HOME                   the JDK or JRE to use; otherwise `java` from PATH
#   KAFKA_HEAP_OPTS             heap settings (default -Xmx256M; the connect scripts default to -Xms256M -Xmx2G)
#   KAFKA_JVM_PERFORMANCE_OPTS  GC and JIT settings (default G1 with a 20 ms pause goal)
#   KAFKA_JMX_OPTS              JMX agent settings (default: none; local tools attach without them; with JMX_PORT,
#                               remote JMX on that port without authentication or SSL, as Apache's scripts)
#   JMX_PORT, JMX_RMI_PORT      open remote JMX on this port (the RMI port defaults to JMX_PORT)
#   KAFKA_OPTS                  any further JVM options, appended last
#   LOG_DIR                     where logs and the -daemon console file go (default <base>/logs)
#   SLUICE_LOGBACK_OPTS         logging options; default -Dlogback.configurationFile=<base>/config/logback.xml
#   KAFKA_LOG4J_OPTS            used instead when SLUICE_LOGBACK_OPTS is unset; Sluice logs through logback, so a
#                               log4j file here is not read: pass -Dlogback.configurationFile=... instead
set -euo pipefail

# Follow symlinks to this script so that a link in, say, /usr/local/bin still finds the distribution.
script="${BASH_SOURCE[0]}"
while [ -L "$script" ]; do
    target="$(readlink -- "$script")"
    case "$target" in
        /*) script="$target" ;;
        *) script="$(dirname -- "$script")/$target" ;;
    esac
done
base_dir="$(cd -P -- "$(dirname -- "$script")/.." && pwd)"

daemon=false
name=sluice
while [ $# -gt 0 ]; do
    case "$1" in
        -daemon) daemon=true; shift ;;
        -name)
            [ $# -ge 2 ] || { echo "$0: -name needs a value" >&2; exit 1; }
            name="$2"; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -lt 1 ]; then
    echo "USAGE: $0 [-daemon] [-name NAME] MAIN_CLASS [ARGS...]" >&2
    exit 1
fi
main_class="$1"
shift

libs_dir="$base_dir/libs"
if ! compgen -G "$libs_dir/connect-runtime-*.jar" > /dev/null; then
    echo "Sluice's jars are not in $libs_dir: run mvn package first (e.g. cd $base_dir && mvn -DskipTests package)." >&2
    exit 1
fi

if [ -n "${JAVA_HOME:-}" ]; then
    java_cmd="$JAVA_HOME/bin/java"
else
    java_cmd="java"
fi
if ! command -v "$java_cmd" > /dev/null 2>&1; then
    echo "No Java found (tried '$java_cmd'): install Java 17 or later, or set JAVA_HOME." >&2
    exit 1
fi

LOG_DIR="${LOG_DIR:-$base_dir/logs}"
mkdir -p -- "$LOG_DIR"
# Exported because config/logback.xml reads ${LOG_DIR} from the environment.
export LOG_DIR

# Option variables hold space-separated words, as in Apache's scripts; split them without glob expansion.
jvm_opts=()
add_words() {
    local words=()
    read -r -a words <<< "$1"
    jvm_opts+=("${words[@]+"${words[@]}"}")
}

add_words "${KAFKA_HEAP_OPTS:--Xmx256M}"
add_words "${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true}"
# Local JMX tools (jconsole, jcmd, VisualVM) attach to a JVM of the same user without any option. The remote agent
# that -Dcom.sun.management.jmxremote starts costs about half a second before main() runs, so it is only started
# when asked for: by KAFKA_JMX_OPTS, or with a port by JMX_PORT, as in Apache's scripts.
if [ -n "${KAFKA_JMX_OPTS:-}" ]; then
    add_words "$KAFKA_JMX_OPTS"
elif [ -n "${JMX_PORT:-}" ]; then
    jvm_opts+=(-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.authenticate=false
        -Dcom.sun.management.jmxremote.ssl=false)
fi
if [ -n "${JMX_PORT:-}" ]; then
    jvm_opts+=("-Dcom.sun.management.jmxremote.port=$JMX_PORT"
        "-Dcom.sun.management.jmxremote.rmi.port=${JMX_RMI_PORT:-$JMX_PORT}")
fi
if [ -n "${SLUICE_LOGBACK_OPTS:-}" ]; then
    add_words "$SLUICE_LOGBACK_OPTS"
elif [ -n "${KAFKA_LOG4J_OPTS:-}" ]; then
    add_words "$KAFKA_LOG4J_OPTS"
else
    jvm_opts+=("-Dlogback.configurationFile=$base_dir/config/logback.xml")
fi
add_words "${KAFKA_OPTS:-}"

# Class data sharing: the JVM keeps the classes a worker loaded, parsed and verified, in an archive written when
# the worker exits, and maps it at the next start instead of reading those classes from the JARs again (about a
# second less of start-up on two cores). The archive is named by the Java runtime, the main class and libs/ (names,
# sizes, times), so another JDK or another build never maps a stale one; a dump only becomes the archive once the
# JVM that wrote it has exited, it holds what a worker that got going loads (16 MiB or more) and a trial start maps
# it (a dump cut short by SIGKILL would crash the JVM). Off with
# SLUICE_CDS=off; the directory is SLUICE_CDS_DIR, by default ~/.cache/sluice/cds (or under XDG_CACHE_HOME).
class_data_sharing() {
    [ "${SLUICE_CDS:-on}" != off ] || return 0
    case " ${jvm_opts[*]} " in
        *SharedArchiveFile*|*ArchiveClassesAtExit*|*" -Xshare:"*) return 0 ;; # the operator chose for themselves
    esac
    local dir="${SLUICE_CDS_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/sluice/cds}"
    mkdir -p -- "$dir" 2> /dev/null && [ -w "$dir" ] || return 0
    local java_path key archive dump pid
    java_path="$(readlink -f -- "$(command -v "$java_cmd")")"
    # A dynamic archive sits on the JDK's own base archive: without one (another JVM, a JDK built without it) there
    # is nothing to build on, and these options are left out.
    [ -f "$(dirname -- "$java_path")/../lib/server/classes.jsa" ] || return 0
    key="$({ echo "$java_path $main_class"; ls -lL --time-style=+%s -- "$java_path" "$libs_dir"; } 2> /dev/null \
        | cksum | cut -d' ' -f1)"
    archive="$dir/$key.jsa"
    for dump in "$dir/$key".*.dump; do
        [ -f "$dump" ] || continue
        pid="${dump%.dump}"
        pid="${pid##*.}"
        ! kill -0 "$pid" 2> /dev/null || continue
        # A run that ended early (a usage error, a bad config) loaded too little to be worth keeping; the next one
        # dumps again.
        if [ ! -f "$archive" ] && [ "$(wc -c < "$dump")" -ge $((16 * 1024 * 1024)) ] \
            && "$java_cmd" -XX:SharedArchiveFile="$dump" -Xshare:on -Xlog:disable \
            -XX:ErrorFile="$dir/trial-crash.log" -cp "$libs_dir/*" -version > /dev/null 2>&1; then
            mv -f -- "$dump" "$archive"
        fi
        rm -f -- "$dump" "$dir/trial-crash.log"
    done
    # The JVM's own notes on what it could not archive are not the operator's business.
    jvm_opts+=(-Xlog:cds=off -Xlog:cds+dynamic=off)
    if [ -f "$archive" ]; then
        jvm_opts+=("-XX:SharedArchiveFile=$archive")
    elif [ "$daemon" != true ]; then
        # exec keeps this shell's pid, so the dump is named after the JVM that writes it.
        jvm_opts+=("-XX:ArchiveClassesAtExit=$dir/$key.$$.dump")
    fi
}
class_data_sharing

# A class path wildcard takes every jar in libs/; the JVM expands it.
command=("$java_cmd" "${jvm_opts[@]}" -cp "$libs_dir/*" "$main_class" "$@")

if [ "$daemon" = true ]; then
    console="$LOG_DIR/$name.out"
    nohup "${command[@]}" > "$console" 2>&1 < /dev/null &
    echo "Started $main_class in the background, pid $!; console output in $console"
else
    exec "${command[@]}"
fi
