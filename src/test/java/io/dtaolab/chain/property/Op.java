package io.dtaolab.chain.property;

/**
 * One random extrinsic of a sequence: its kind, the block (index from the start of the run) it is submitted in,
 * and its own seed. Parameters are drawn from that seed at execution and resolved against the state then
 * (amounts as fractions of what the coldkey holds), so dropping an op never changes what the others do.
 */
record Op(int block, Kind kind, long seed) {
    enum Kind {
        ADD(25), REMOVE(18), REMOVE_ALL(5), MOVE(10), DESTROY(6), SET_WEIGHTS(10), ROOT_WEIGHTS(4), HOLDER_VOTE(4),
        REGISTER(3), ROUND_TRIP(10);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        static Kind draw(Gen g) {
            int total = 0;
            for (Kind k : values()) {
                total += k.weight;
            }
            int x = g.nextInt(total);
            for (Kind k : values()) {
                x -= k.weight;
                if (x < 0) {
                    return k;
                }
            }
            throw new IllegalStateException();
        }
    }
}
