package io.dtaolab.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The detectors that use what the monitor feed now carries besides executed trades: refused extrinsics (a sandwich
 * whose victim's buy failed), coldkey funding (a split whale or a swarm is one actor) and holder votes.
 */
class MonitorFeedDetectorsTest {
    private static final double RAO = 1e9;

    private static DetectorBank bank(Detector d, List<Alarm> alarms) {
        return new DetectorBank(List.of(d), Map.of(), alarms::add);
    }

    private static void buy(DetectorBank b, long block, int pos, int ck, int n, double tao, double alpha, double p0, double p1) {
        b.trade(block, pos, ck, n, true, (long) (tao * RAO), (long) (alpha * RAO), p0, p1, (long) (5_000 * RAO));
    }

    private static void sell(DetectorBank b, long block, int pos, int ck, int n, double tao, double alpha, double p0, double p1) {
        b.trade(block, pos, ck, n, false, (long) (tao * RAO), (long) (alpha * RAO), p0, p1, (long) (5_000 * RAO));
    }

    @Test
    void sandwichWhoseVictimWasRefusedIsStillASandwich() {
        List<Alarm> alarms = new ArrayList<>();
        DetectorBank b = bank(new SandwichDetector(), alarms);
        for (long block = 100; block < 110; block++) {
            buy(b, block, 0, 7, 3, 100, 1_000, 0.1, 0.11);
            b.failedTrade(block, 1, 8, 3, true, (long) (20 * RAO)); // the victim's limit was exceeded
            sell(b, block, 2, 7, 3, 100.5, 1_000, 0.11, 0.1);
        }
        assertTrue(alarms.stream().anyMatch(a -> a.netuid() == 3 && a.evidence().contains("coldkey 7")), alarms.toString());
    }

    @Test
    void keysOfOneWalletDoNotSandwichEachOther() {
        List<Alarm> alarms = new ArrayList<>();
        DetectorBank b = bank(new SandwichDetector(), alarms);
        b.funding(0, 7, 99, false, (long) (100 * RAO));
        b.funding(0, 8, 99, false, (long) (100 * RAO));
        for (long block = 100; block < 110; block++) {
            buy(b, block, 0, 7, 3, 100, 1_000, 0.1, 0.11);
            buy(b, block, 1, 8, 3, 20, 180, 0.11, 0.112);
            sell(b, block, 2, 7, 3, 100.5, 1_000, 0.112, 0.1);
        }
        assertEquals(List.of(), alarms);
    }

    @Test
    void splitWhaleSellingIntoItsRunUpIsOneActor() {
        List<Alarm> raised = new ArrayList<>();
        DetectorBank split = bank(new PumpDumpDetector(), raised);
        List<Alarm> unlinked = new ArrayList<>();
        DetectorBank apart = bank(new PumpDumpDetector(), unlinked);
        for (int k = 0; k < 16; k++) {
            split.funding(0, 100 + k, 5, false, (long) (60 * RAO));
            apart.funding(0, 100 + k, 1L << 40, true, (long) (60 * RAO)); // each key from an exchange
        }
        for (DetectorBank b : List.of(split, apart)) {
            double price = 0.1;
            double[] alpha = new double[16];
            for (int k = 0; k < 16; k++) { // 16 keys buy 50 TAO each: 800 TAO into a 5,000 TAO pool, price +5 % a buy
                alpha[k] = 50 / price;
                buy(b, 1_000 + 10 * k, 0, 100 + k, 2, 50, alpha[k], price, price * 1.05);
                price *= 1.05;
            }
            for (int k = 0; k < 16; k++) { // and sell it all into the run-up
                sell(b, 1_400 + k, 0, 100 + k, 2, alpha[k] * price, alpha[k], price, price * 0.99);
                price *= 0.99;
            }
        }
        assertTrue(raised.stream().anyMatch(a -> a.netuid() == 2 && a.evidence().contains("16 coldkeys")), raised.toString());
        assertEquals(List.of(), unlinked, "keys funded from an exchange stand alone: each is a small position");
    }

    @Test
    void swarmVotingOneSubnetIsCaughtUnrelatedVotersAreNot() {
        List<Alarm> alarms = new ArrayList<>();
        DetectorBank b = bank(new VoteCaptureDetector(), alarms);
        double[] allOn4 = {0, 0, 0, 0, 1};
        for (int k = 0; k < 6; k++) {
            b.funding(0, 200 + k, 1L << 40, true, (long) (10 * RAO));
            b.holderVote(50, 200 + k, allOn4);
        }
        assertEquals(List.of(), alarms, "six exchange-funded holders voting alike are six actors");
        for (int k = 0; k < 6; k++) {
            b.funding(0, 300 + k, 77, false, (long) (10 * RAO));
            b.holderVote(60, 300 + k, allOn4);
        }
        assertTrue(alarms.stream().anyMatch(a -> a.netuid() == 4 && a.score() >= 4), alarms.toString());
    }
}
