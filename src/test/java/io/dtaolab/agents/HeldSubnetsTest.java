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
}
