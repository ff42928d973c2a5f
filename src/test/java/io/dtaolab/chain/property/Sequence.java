package io.dtaolab.chain.property;

import java.util.ArrayList;
import java.util.List;

/** A random run: 20–60 blocks with 0–6 extrinsics each, all drawn from one seed. */
record Sequence(long seed, int blocks, List<Op> ops) {

    static Sequence generate(long seed) {
        return generate(seed, 20, 60);
    }

    static Sequence generate(long seed, int minBlocks, int maxBlocks) {
        Gen g = new Gen(seed);
        int blocks = g.between(minBlocks, maxBlocks);
        List<Op> ops = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int roll = g.nextInt(10);
            int count = roll < 3 ? 0 : roll < 6 ? 1 : roll < 8 ? 2 : g.between(3, 6);
            for (int i = 0; i < count; i++) {
                ops.add(new Op(b, Op.Kind.draw(g), g.nextLong()));
            }
        }
        return new Sequence(seed, blocks, List.copyOf(ops));
    }

    /** The same run with only the given ops (a sub-list, order kept), ending after {@code blocks} blocks. */
    Sequence with(List<Op> keep, int lastBlocks) {
        return new Sequence(seed, lastBlocks, List.copyOf(keep));
    }
}
