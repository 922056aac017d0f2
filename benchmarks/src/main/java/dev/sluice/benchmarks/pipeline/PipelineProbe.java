/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of the file-pipeline helpers; the first argument names the command.
 *
 * <pre>
 *   free-port
 *   write-lines FILE COUNT LINE_BYTES
 *   create-topic BOOTSTRAP TOPIC
 *   consume BOOTSTRAP TOPIC COUNT
 *   replay BOOTSTRAP FROM_TOPIC TO_TOPIC COUNT LINGER_MS BATCH_SIZE
 *   await-offsets BOOTSTRAP TOPIC COUNT TIMEOUT_SECONDS
 *   await-lines FILE COUNT LINE_BYTES TIMEOUT_SECONDS
 *   sink-put PLUGIN_DIR TASK_CLASS COUNT LINE_BYTES BATCH
 * </pre>
 *
 * Timing commands print one line {@code records=N seconds=S records_per_sec=R}, counted from the first record seen,
 * so that JVM and connector start-up stay out of the figure; exit status 1 means the count was not reached.
 */
public final class PipelineProbe {

    private PipelineProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        boolean ok = switch (args[0]) {
            case "free-port" -> {
                System.out.println(Ports.free());
                yield true;
            }
            case "write-lines" -> {
                need(rest, 3);
                LineFileWriter.write(Path.of(rest[0]), Long.parseLong(rest[1]), Integer.parseInt(rest[2]));
                yield true;
            }
            case "create-topic" -> {
                need(rest, 2);
                TopicAdmin.create(rest[0], rest[1]);
                yield true;
            }
            case "consume" -> {
                need(rest, 3);
                yield RawConsumer.consume(rest[0], rest[1], Long.parseLong(rest[2])).printIfReached();
            }
            case "replay" -> {
                need(rest, 6);
                yield RawProducer.replay(rest[0], rest[1], rest[2], Long.parseLong(rest[3]), rest[4], rest[5])
                        .printIfReached();
            }
            case "await-offsets" -> {
                need(rest, 4);
                yield TopicAdmin.awaitEndOffsets(rest[0], rest[1], Long.parseLong(rest[2]),
                        Long.parseLong(rest[3])).printIfReached();
            }
            case "await-lines" -> {
                need(rest, 4);
                yield LineFileWatcher.await(Path.of(rest[0]), Long.parseLong(rest[1]), Integer.parseInt(rest[2]),
                        Long.parseLong(rest[3])).printIfReached();
            }
            case "sink-put" -> {
                need(rest, 5);
                yield SinkPutTimer.time(Path.of(rest[0]), rest[1], Long.parseLong(rest[2]),
                        Integer.parseInt(rest[3]), Integer.parseInt(rest[4])).printIfReached();
            }
            default -> {
                usage();
                yield false;
            }
        };
        System.exit(ok ? 0 : 1);
    }

    private static void need(String[] rest, int count) {
        if (rest.length != count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: PipelineProbe free-port | write-lines FILE COUNT LINE_BYTES"
                + " | create-topic BOOTSTRAP TOPIC | consume BOOTSTRAP TOPIC COUNT"
                + " | replay BOOTSTRAP FROM_TOPIC TO_TOPIC COUNT LINGER_MS BATCH_SIZE"
                + " | await-offsets BOOTSTRAP TOPIC COUNT TIMEOUT_SECONDS"
                + " | await-lines FILE COUNT LINE_BYTES TIMEOUT_SECONDS"
                + " | sink-put PLUGIN_DIR TASK_CLASS COUNT LINE_BYTES BATCH");
        System.exit(2);
    }
}
