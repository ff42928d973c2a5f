package io.dtaolab.app.kafka;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A one-node Apache Kafka broker in KRaft mode, run as a separate {@code java} process from the kafka_2.13 jars on
 * the test classpath (Maven resolved them; nothing is downloaded here), on loopback ports picked free.
 */
final class KafkaBroker implements AutoCloseable {
    private final Process process;
    private final String bootstrap;
    final Path log;

    private KafkaBroker(Process process, String bootstrap, Path log) {
        this.process = process;
        this.bootstrap = bootstrap;
        this.log = log;
    }

    static KafkaBroker start(Path dir) throws Exception {
        int port = freePort();
        int controller = freePort();
        Path props = dir.resolve("server.properties");
        Files.writeString(props, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controller,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true", ""));
        Path log = dir.resolve("broker.log");
        Process format = java(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                props.toString()), dir.resolve("format.log"));
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            format.destroyForcibly();
            throw new IllegalStateException("kafka storage format failed: " + Files.readString(dir.resolve("format.log")));
        }
        Process broker = java(List.of("-Xms128m", "-Xmx512m", "kafka.Kafka", props.toString()), log);
        KafkaBroker b = new KafkaBroker(broker, "127.0.0.1:" + port, log);
        try {
            b.awaitReady(Duration.ofSeconds(90));
        } catch (Exception e) {
            b.close();
            throw e;
        }
        return b;
    }

    String bootstrap() {
        return bootstrap;
    }

    long pid() {
        return process.pid();
    }

    private void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("broker exited: " + Files.readString(log));
            }
            try (Admin admin = Admin.create(p)) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("broker not ready within " + timeout, notYet);
                }
            }
            Thread.sleep(500);
        }
    }

    /** The jars of the test classpath: they include kafka_2.13, kafka-tools and their dependencies. */
    private static Process java(List<String> args, Path log) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String jars = String.join(File.pathSeparator, Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).toList());
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-cp", jars));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** SIGTERM, then SIGKILL if it is still alive after 10 s. */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }
}
