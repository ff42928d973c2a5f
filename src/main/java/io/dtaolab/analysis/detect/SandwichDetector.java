package io.dtaolab.analysis.detect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sandwiches: a coldkey buys, another coldkey's buy is the next trade on the subnet in the same block, and the first
 * coldkey sells about the alpha it bought later in that block (or first thing next block, where the same-block
 * staking rate limit forces it). Score: sandwiches on the subnet in the last day.
 */
public final class SandwichDetector implements Detector {
    public static final String NAME = "sandwich";
    static final long WINDOW = 7_200;
    static final double MATCH = 0.05;

    private static final class Book {
        long block = -1;
        List<TradeEvent> current = new ArrayList<>();
        List<TradeEvent> previous = new ArrayList<>();
        final ArrayDeque<double[]> hits = new ArrayDeque<>();
    }

    private final Map<Integer, Book> books = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double defaultThreshold() {
        return 2;
    }

    @Override
    public void onTrade(TradeEvent t, AlarmGate gate) {
        Book b = books.computeIfAbsent(t.netuid(), n -> new Book());
        if (t.block() != b.block) {
            b.previous = t.block() == b.block + 1 ? b.current : new ArrayList<>();
            b.current = new ArrayList<>();
            b.block = t.block();
        }
        if (!t.buy()) {
            double taken = match(b.current, t, -1);
            if (taken < 0 && !b.previous.isEmpty()) {
                taken = match(b.previous, t, Integer.MAX_VALUE);
            }
            if (taken >= 0) {
                b.hits.addLast(new double[] {t.block(), taken});
            }
        }
        b.current.add(t);
        while (!b.hits.isEmpty() && t.block() - b.hits.peekFirst()[0] > WINDOW) {
            b.hits.removeFirst();
        }
        if (!t.buy() && !b.hits.isEmpty() && b.hits.peekLast()[0] == t.block()) {
            int n = b.hits.size();
            double victims = b.hits.stream().mapToDouble(h -> h[1]).sum();
            gate.offer(t.block(), t.netuid(), n, () -> String.format(Locale.ROOT,
                    "%d sandwiches in %d blocks: coldkey %d bought, a victim's buy executed next, then %d sold the same "
                            + "alpha; victims' buys total %.3f TAO", n, WINDOW, t.coldkey(), t.coldkey(), victims));
        }
    }

    /**
     * Finds front (buy by the seller) then victim (buy by another coldkey, right after) in {@code trades}; the back
     * sell must come after the victim ({@code sellPosition} -1 = same block, so any later position). Returns the
     * victim's TAO or -1.
     */
    private static double match(List<TradeEvent> trades, TradeEvent sell, int sellPosition) {
        for (int i = 0; i + 1 < trades.size(); i++) {
            TradeEvent front = trades.get(i);
            if (!front.buy() || front.coldkey() != sell.coldkey()
                    || Math.abs(front.alpha() - sell.alpha()) > MATCH * front.alpha()) {
                continue;
            }
            // the next trade on this subnet: other subnets' extrinsics (several front-runs at one tip) may sit between
            TradeEvent victim = trades.get(i + 1);
            if (victim.buy() && victim.coldkey() != sell.coldkey()
                    && (sellPosition != -1 || victim.position() < sell.position())) {
                return victim.tao();
            }
        }
        return -1;
    }
}
