/*
 * Licensed under the Apache License, Version 2.0. See the LICENSE file at the root of this repository.
 */
package dev.sluice.benchmarks.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/** Creates the benchmark topics and watches how many records a producer has landed in one. */
final class TopicAdmin {

    private static final long SAMPLE_MILLIS = 20;

    private TopicAdmin() {
    }

    /** One partition, one replica: every measured client then talks to a single partition leader. */
    static void create(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(props(bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    /** Samples the sum of end offsets until it reaches {@code target} or the timeout passes. */
    static Progress awaitEndOffsets(String bootstrap, String topic, long target, long timeoutSeconds)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try (Admin admin = Admin.create(props(bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = partitions(admin, topic).stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Progress progress = Progress.none(target);
            while (!progress.reached() && System.nanoTime() < deadline) {
                long sum = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                        .mapToLong(info -> info.offset()).sum();
                long now = System.nanoTime();
                if (progress.firstNanos() == 0 && sum > 0) {
                    progress = new Progress(target, sum, now, sum, now);
                } else if (sum > 0) {
                    progress = new Progress(target, progress.firstCount(), progress.firstNanos(), sum, now);
                }
                if (!progress.reached()) {
                    Thread.sleep(SAMPLE_MILLIS);
                }
            }
            return progress;
        }
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(60, TimeUnit.SECONDS).get(topic);
        return description.partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
    }

    private static Properties props(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return props;
    }
}
