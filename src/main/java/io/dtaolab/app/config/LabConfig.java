package io.dtaolab.app.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Every setting of {@code serve} mode, under the prefix {@code lab}. */
@ConfigMapping(prefix = "lab")
public interface LabConfig {

    Runs runs();

    Api api();

    Metrics metrics();

    Events events();

    Kafka kafka();

    Strategies strategies();

    Sweeps sweeps();

    Searches searches();

    interface Runs {
        /** Runs executing at once (one thread each). */
        @WithDefault("2")
        int maxConcurrent();

        /** Runs waiting for a thread; one more is refused with 429. */
        @WithDefault("8")
        int queueLimit();

        /** Run directory store: one sub-directory per run. */
        @WithDefault("./runs")
        String dir();

        /** Longest run accepted, in blocks (5,256,000 = two years). */
        @WithDefault("5256000")
        long maxBlocks();

        /** Most agents (honest + adversaries) a submitted strategy may have. */
        @WithDefault("20000")
        int maxAgents();

        /** Most coldkeys the agents of one run may hold in total (memory: each is an account in both worlds). */
        @WithDefault("200000")
        long maxKeys();

        /**
         * Most work one run request may ask for, in blocks × (subnets + agents + keys) × worlds × presets;
         * the default is about ten times the shipped mainnet-scale strategy.
         */
        @WithDefault("100000000000")
        long maxWork();

        /**
         * Pace of a run whose request names none, in blocks per second; 0 = as fast as possible. 100 plays a 30-day
         * run (216,000 blocks) in 36 minutes: a simulated day every 72 s, a tempo every 3.6 s.
         */
        @WithDefault("100")
        double defaultSpeed();
    }

    interface Api {
        /** Bearer token required on mutating endpoints and event streams; empty = no authentication. */
        Optional<String> token();

        /** Start on a non-loopback address without a token (serve --insecure); refused otherwise. */
        @WithDefault("false")
        boolean insecure();

        /** Host header values accepted besides localhost, 127.0.0.1 and [::1] while the server listens on loopback. */
        Optional<java.util.List<String>> allowedHosts();
    }

    interface Metrics {
        /** How long a finished run's meters stay on /q/metrics. */
        @WithDefault("10m")
        Duration retention();

        /** How many ended runs keep their per-run series (the most recently ended); older ones are dropped at once. */
        @WithDefault("5")
        int recentRuns();
    }

    interface Events {
        /** Engine events waiting for the channels; more are dropped and counted. */
        @WithDefault("1024")
        int buffer();

        /** Events waiting for one SSE client; more are dropped and counted. */
        @WithDefault("256")
        int clientBuffer();

        /** Per-block summaries published to the block channel at most this often per run. */
        @WithDefault("250ms")
        Duration blockInterval();

        /** SSE streams open at once on the server; one more is refused with 503. */
        @WithDefault("512")
        int sseMaxClients();

        /** SSE streams one client address may hold open; one more is refused with 429. */
        @WithDefault("64")
        int sseMaxPerClient();
    }

    interface Kafka {
        /** Publish run events to Kafka (start with the {@code kafka} profile, or set this and the lab-kafka connector). */
        @WithDefault("false")
        boolean enabled();
    }

    interface Sweeps {
        /** Sweeps executing at once (each on its own local worker threads). */
        @WithDefault("1")
        int maxConcurrent();

        /** Sweeps waiting to start; one more is refused with 429. */
        @WithDefault("4")
        int queueLimit();

        /** Most local worker threads one sweep may ask for; also the default. */
        @WithDefault("2")
        int maxWorkers();

        /** Most work one sweep may ask for: the runs' work (see lab.runs.max-work) summed over cells and seeds. */
        @WithDefault("1000000000000")
        long maxWork();

        /** Where sweep results go: one sub-directory per sweep id. */
        @WithDefault("./sweeps")
        String dir();
    }

    interface Searches {
        /** Searches executing at once (each on its own local threads). */
        @WithDefault("1")
        int maxConcurrent();

        /** Searches waiting to start; one more is refused with 429. */
        @WithDefault("4")
        int queueLimit();

        /** Most local threads one search may ask for; also the default. */
        @WithDefault("2")
        int maxThreads();

        /**
         * Most work one search may ask for: the base strategy's run work (see lab.runs.max-work) × seeds × candidates
         * (evaluations per budget, plus the shrink trials when it shrinks) × budgets.
         */
        @WithDefault("1000000000000")
        long maxWork();

        /** Where search results go: one sub-directory per search id. */
        @WithDefault("./searches")
        String dir();
    }

    interface Strategies {
        /** Directory of shipped strategies; when missing, the copy packaged in the jar is used. */
        @WithDefault("./strategies")
        String dir();

        /**
         * Shared data directories a strategy's network.snapshot is also looked up in, after the strategy's own
         * directory, in order; default: the networks directory of the shipped strategies.
         */
        Optional<java.util.List<String>> dataDirs();
    }
}
