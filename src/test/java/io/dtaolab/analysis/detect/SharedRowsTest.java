package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Rows shared by detectors keyed alike: each detector's fields read exactly what a table of its own would hold (a row
 * it dropped reading as fresh), and the shipped detectors that share them (wash-trading, flow-gaming, ema-timing)
 * give the same alarms, best scores and traced scores as when each keeps its own rows.
 */
class SharedRowsTest {
    private static final long[][] PARTS = {{0, -1, 0}, {-1, 0}, {7, 0, -1, 0}};

    @Test
    void eachPartReadsAsItsOwnTableUnderRandomOperations() {
        for (int keyRange : new int[] {6, 3_000}) {
            SplittableRandom rng = new SplittableRandom(keyRange);
            SharedRows shared = new SharedRows();
            int[] base = new int[PARTS.length];
            for (int d = 0; d < PARTS.length; d++) {
                base[d] = shared.claim(PARTS[d]);
            }
            List<Map<Long, long[]>> own = new ArrayList<>();
            for (int d = 0; d < PARTS.length; d++) {
                own.add(new HashMap<>());
            }
            int dropped = 0;
            int keptForOthers = 0;
            for (int step = 0; step < 300_000; step++) {
                int netuid = rng.nextInt(2);
                KeyedRows t = shared.table(netuid);
                long key = netuid * (1L << 40) + (rng.nextBoolean() ? rng.nextInt(keyRange) : FundingClusters.WALLET_ACTOR + rng.nextInt(keyRange));
                int d = rng.nextInt(PARTS.length);
                Map<Long, long[]> mine = own.get(d);
                int op = rng.nextInt(10);
                if (op < 5) {
                    int r = t.findOrAdd(key);
                    long[] e = mine.computeIfAbsent(key, k -> PARTS[d].clone());
                    int f = rng.nextInt(PARTS[d].length);
                    long v = rng.nextInt(3) - 1;
                    t.set(r, base[d] + f, v);
                    e[f] = v;
                } else if (op < 8) {
                    int r = t.find(key);
                    if (r >= 0) {
                        int before = t.size();
                        shared.release(t, r, base[d], PARTS[d].length);
                        if (t.size() < before) {
                            dropped++;
                        } else {
                            keptForOthers++;
                        }
                    }
                    mine.remove(key);
                } else {
                    for (int p = 0; p < PARTS.length; p++) {
                        assertArrayEquals(view(own.get(p), key, PARTS[p]), view(t, key, base[p], PARTS[p].length));
                    }
                }
            }
            assertTrue(dropped > 10_000 && keptForOthers > 10_000, "dropped " + dropped + ", kept " + keptForOthers);
        }
    }

    private static long[] view(Map<Long, long[]> own, long key, long[] fresh) {
        long[] e = own.get(key);
        return e == null ? fresh : e;
    }

    private static long[] view(KeyedRows t, long key, int from, int count) {
        long[] out = new long[count];
        int r = t.find(key);
        for (int f = 0; f < count; f++) {
            out[f] = r < 0 ? t.freshField(from + f) : t.get(r, from + f);
        }
        return out;
    }

    @Test
    void detectorsSharingRowsScoreAsWithRowsOfTheirOwn() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            FundingClusters clusters = new FundingClusters();
            SharedRows rows = new SharedRows();
            List<Detector> sharing = List.of(new WashTradingDetector(clusters, rows), new FlowGamingDetector(rows),
                    new EmaTimingDetector(clusters, rows));
            List<Detector> alone = List.of(new WashTradingDetector(), new FlowGamingDetector(), new EmaTimingDetector());
            Map<String, Double> low = Map.of(WashTradingDetector.NAME, 0.05, FlowGamingDetector.NAME, 0.05,
                    EmaTimingDetector.NAME, 0.2);
            List<Alarm> liveA = new ArrayList<>();
            List<Alarm> liveB = new ArrayList<>();
            DetectorBank a = new DetectorBank(sharing, low, liveA::add, true);
            DetectorBank b = new DetectorBank(alone, low, liveB::add, true);
            feed(new SplittableRandom(seed), a, b);
            assertEquals(DetectorReplay.digest(b, liveB), DetectorReplay.digest(a, liveA));
            Map<String, Integer> byDetector = new HashMap<>();
            liveA.forEach(x -> byDetector.merge(x.detector(), 1, Integer::sum));
            assertTrue(byDetector.getOrDefault(WashTradingDetector.NAME, 0) > 5
                    && byDetector.getOrDefault(FlowGamingDetector.NAME, 0) > 5
                    && byDetector.getOrDefault(EmaTimingDetector.NAME, 0) > 5, "alarms " + byDetector);
        }
    }

    /**
     * Random trading on three subnets by 60 coldkeys, a third of them funded in pairs by one wallet (actors of two
     * keys): buys of a few sizes, sales of everything held (often 1-3 blocks later: round trips; sometimes after
     * hundreds of blocks, then a buy-back of the same size) or of a part; a quarter of the trades by the subnet's last
     * buyer (quick round trips).
     */
    private static void feed(SplittableRandom rng, DetectorBank... banks) {
        for (int ck = 0; ck < 60; ck++) {
            for (DetectorBank bank : banks) {
                bank.funding(0, ck, ck < 20 ? 100 + ck / 2 : ck, ck >= 20, 1_000_000_000_000L);
            }
        }
        double[][] held = new double[3][60];
        int[] lastBuyer = new int[3];
        long block = 1;
        for (int step = 0; step < 200_000; step++) {
            block += rng.nextInt(5) == 0 ? rng.nextInt(200) : rng.nextInt(3);
            int netuid = rng.nextInt(3);
            int ck = rng.nextInt(4) == 0 ? lastBuyer[netuid] : rng.nextInt(60);
            boolean buy = held[netuid][ck] == 0 || rng.nextInt(3) == 0;
            double tao = 10 * (1 + rng.nextInt(3));
            double alpha = buy ? tao : rng.nextInt(4) == 0 ? held[netuid][ck] * rng.nextDouble() : held[netuid][ck];
            if (!buy) {
                tao = alpha;
            }
            if (buy) {
                lastBuyer[netuid] = ck;
            }
            held[netuid][ck] = Math.max(0, held[netuid][ck] + (buy ? alpha : -alpha));
            for (DetectorBank bank : banks) {
                bank.trade(block, 0, ck, netuid, buy, (long) (tao * 1e9), (long) (alpha * 1e9), 1, 1, 2_000_000_000_000L);
            }
        }
    }
}
