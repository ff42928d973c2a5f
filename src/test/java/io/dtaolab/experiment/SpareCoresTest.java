package io.dtaolab.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Twins move to idle cores only: never while runs wait, never past the thread count, never on one thread. */
class SpareCoresTest {

    @Test
    void aTwinGetsACoreOnlyOnceTheQueueIsEmptyAndACoreIsIdle() {
        SpareCores cores = new SpareCores(4, 2);
        SpareCores.Lease a = cores.start();
        SpareCores.Lease b = cores.start();
        assertFalse(a.getAsBoolean(), "two runs still queued");
        a.end();
        SpareCores.Lease c = cores.start();
        c.end();
        SpareCores.Lease d = cores.start();
        assertFalse(b.getAsBoolean(), "both cores busy with runs");
        d.end();
        assertTrue(b.getAsBoolean(), "the last run finds the other core idle");
        assertFalse(b.getAsBoolean(), "one twin per run");
        b.end();
    }

    @Test
    void oneThreadNeverMovesATwin() {
        SpareCores cores = new SpareCores(2, 1);
        SpareCores.Lease a = cores.start();
        a.end();
        SpareCores.Lease b = cores.start();
        assertFalse(b.getAsBoolean());
    }

    @Test
    void moreThreadsThanRunsGiveEachRunATwinUpToTheThreadCount() {
        SpareCores cores = new SpareCores(3, 4);
        SpareCores.Lease a = cores.start();
        SpareCores.Lease b = cores.start();
        SpareCores.Lease c = cores.start();
        assertTrue(a.getAsBoolean(), "4 threads, 3 runs: one core idle");
        assertFalse(b.getAsBoolean(), "no fifth thread");
        a.end();
        assertTrue(b.getAsBoolean() && c.getAsBoolean(), "the two cores the first run freed go to the other two twins");
    }
}
