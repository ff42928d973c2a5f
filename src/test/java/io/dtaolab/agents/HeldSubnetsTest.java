package io.dtaolab.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeldSubnetsTest {
    @Test
    void parkedSubnetKeepsItsPlaceAndComesBackThereWhenBoughtAgain() {
        HeldSubnets h = new HeldSubnets();
        for (int n : new int[] {7, 3, 9, 5, 11}) {
            h.add(n);
        }
        h.park(1); // 3
        assertTrue(h.parked(1));
        assertEquals(5, h.size());
        h.add(12);
        h.add(3); // un-parked in its place, not appended
        assertArrayEquals(new int[] {7, 3, 9, 5, 11, 12}, h.toArray());
        for (int i = 0; i < h.size(); i++) {
            assertFalse(h.parked(i));
        }
    }

    @Test
    void removeShiftsParkedFlagsWithTheSubnets() {
        HeldSubnets h = new HeldSubnets();
        h.add(1);
        h.add(2);
        h.add(3);
        h.park(2); // 3
        h.remove(1);
        assertArrayEquals(new int[] {2, 3}, h.toArray());
        assertFalse(h.parked(0));
        assertTrue(h.parked(1));
        h.remove(3);
        h.add(3); // removed, so appended fresh
        assertArrayEquals(new int[] {2, 3}, h.toArray());
        assertFalse(h.parked(1));
    }

    /** Random adds, removes and parks (netuids up to 4096, so the bit sets grow) against a plain list with flags. */
    @Test
    void matchesAPlainListOverRandomOperations() {
        for (int seed = 1; seed <= 20; seed++) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
            HeldSubnets h = new HeldSubnets();
            java.util.List<Integer> ids = new java.util.ArrayList<>();
            java.util.List<Boolean> parked = new java.util.ArrayList<>();
            int range = seed % 2 == 0 ? 40 : 4097;
            for (int op = 0; op < 2000; op++) {
                int n = r.nextInt(range);
                switch (r.nextInt(3)) {
                    case 0 -> {
                        h.add(n);
                        int i = ids.indexOf(n);
                        if (i >= 0) {
                            parked.set(i, false);
                        } else {
                            ids.add(n);
                            parked.add(false);
                        }
                    }
                    case 1 -> {
                        h.remove(n);
                        int i = ids.indexOf(n);
                        if (i >= 0) {
                            ids.remove(i);
                            parked.remove(i);
                        }
                    }
                    default -> {
                        if (!ids.isEmpty()) {
                            int i = r.nextInt(ids.size());
                            h.park(i);
                            parked.set(i, true);
                        }
                    }
                }
                assertArrayEquals(ids.stream().mapToInt(Integer::intValue).toArray(), h.toArray(), "seed " + seed + " op " + op);
                for (int i = 0; i < ids.size(); i++) {
                    assertEquals(parked.get(i), h.parked(i), "seed " + seed + " op " + op + " parked " + i);
                }
            }
        }
    }
}
