package io.dtaolab.app.kafka;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Where sweeps meet their workers: the run-spec topic (consumed by the worker group) and the results topic.
 * Must agree with the worker's channel configuration (application.properties, profile {@code worker}).
 */
public record SweepTopics(String bootstrap, String runs, String results, int partitions) {
    public static final String RUNS = "dtao-sweep-runs";
    public static final String RESULTS = "dtao-sweep-results";
    public static final int PARTITIONS = 6;

    public static SweepTopics defaults(String bootstrap) {
        return new SweepTopics(bootstrap, RUNS, RESULTS, PARTITIONS);
    }

    /**
     * Creates both topics when missing (replication up to 3, as the cluster allows) and raises their partition count
     * to {@code partitions} when lower: partitions bound how many workers can share a sweep.
     */
    public void ensure() throws InterruptedException, ExecutionException, TimeoutException {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            short replication = (short) Math.min(3, brokers);
            for (String topic : List.of(runs, results)) {
                if (existing.contains(topic)) {
                    int now = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                            .get(topic).partitions().size();
                    if (now < partitions) {
                        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions))).all().get(30, TimeUnit.SECONDS);
                    }
                } else {
                    try {
                        admin.createTopics(List.of(new NewTopic(topic, partitions, replication).configs(Map.of())))
                                .all().get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
        }
    }
}
