package io.dtaolab.experiment.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The fixed pool of daemon threads that runs a search's candidates (named so a thread dump says whose they are). */
final class CandidatePool {

    private CandidatePool() {
    }

    static ExecutorService of(int threads, String namePrefix) {
        AtomicInteger ids = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, namePrefix + ids.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
