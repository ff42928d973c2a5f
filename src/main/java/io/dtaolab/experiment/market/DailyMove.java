package io.dtaolab.experiment.market;

import io.dtaolab.scenario.Durations;
import io.dtaolab.engine.Series;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The largest price move of one world within any day: over every subnet and every pair of per-tempo spot samples at
 * most a day apart, the largest ratio max/min (a rise and a fall count alike). Samples where a subnet has no pool
 * (spot 0) break its window.
 *
 * @param ratio  the largest max/min within a day (1 when nothing moved)
 * @param netuid the subnet it happened on (-1 if none had two samples)
 * @param fromBlock first block of that window's low or high, whichever came first
 * @param toBlock   block of the other end
 */
public record DailyMove(double ratio, int netuid, long fromBlock, long toBlock) {

    public static DailyMove largest(Series s) {
        return largest(s, Durations.BLOCKS_PER_DAY);
    }

    static DailyMove largest(Series s, long windowBlocks) {
        DailyMove best = new DailyMove(1, -1, 0, 0);
        for (int n = 1; n < s.width(); n++) {
            DailyMove m = ofSubnet(s, n, windowBlocks);
            if (m.ratio > best.ratio) {
                best = m;
            }
        }
        return best;
    }

    /** Sliding-window max and min (monotone deques of sample indices), O(samples). */
    static DailyMove ofSubnet(Series s, int n, long windowBlocks) {
        Deque<Integer> maxQ = new ArrayDeque<>();
        Deque<Integer> minQ = new ArrayDeque<>();
        DailyMove best = new DailyMove(1, n, 0, 0);
        for (int t = 0; t < s.size(); t++) {
            double p = s.spot(t, n);
            if (!(p > 0)) {
                maxQ.clear();
                minQ.clear();
                continue;
            }
            while (!maxQ.isEmpty() && s.spot(maxQ.peekLast(), n) <= p) {
                maxQ.pollLast();
            }
            maxQ.addLast(t);
            while (!minQ.isEmpty() && s.spot(minQ.peekLast(), n) >= p) {
                minQ.pollLast();
            }
            minQ.addLast(t);
            long from = s.block(t) - windowBlocks;
            while (s.block(maxQ.peekFirst()) < from) {
                maxQ.pollFirst();
            }
            while (s.block(minQ.peekFirst()) < from) {
                minQ.pollFirst();
            }
            int hi = maxQ.peekFirst();
            int lo = minQ.peekFirst();
            double ratio = s.spot(hi, n) / s.spot(lo, n);
            if (ratio > best.ratio) {
                best = new DailyMove(ratio, n, s.block(Math.min(hi, lo)), s.block(Math.max(hi, lo)));
            }
        }
        return best;
    }
}
