package io.dtaolab.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntLongMapTest {

    @Test
    void behavesLikeAHashMapUnderRandomPutsAddsAndRemoves() {
        SplittableRandom rnd = new SplittableRandom(7);
        IntLongMap map = new IntLongMap();
        Map<Integer, Long> ref = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            int key = rnd.nextInt(3_000);
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    long v = 1 + rnd.nextInt(1_000_000);
                    map.put(key, v);
                    ref.put(key, v);
                }
                case 1 -> {
                    map.add(key, 5);
                    ref.merge(key, 5L, Long::sum);
                }
                default -> {
                    map.remove(key);
                    ref.remove(key);
                }
            }
            int probe = rnd.nextInt(3_000);
            assertEquals(ref.getOrDefault(probe, 0L), map.get(probe), "key " + probe + " after op " + i);
        }
        assertEquals(ref.size(), map.size());
        assertArrayEquals(ref.keySet().stream().mapToInt(Integer::intValue).sorted().toArray(), map.keysSorted());
    }
}
