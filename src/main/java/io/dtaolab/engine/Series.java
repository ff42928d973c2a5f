package io.dtaolab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-tempo samples of one world, by netuid: emission share over the tempo, TAO emitted, spot and EMA price,
 * flow EMA, reserves. Stored as rows of primitive arrays (one row per tempo).
 */
public final class Series {
    private final String world;
    private final int width;
    private final List<Long> blocks = new ArrayList<>();
    private final List<double[]> share = new ArrayList<>();
    private final List<double[]> taoEmitted = new ArrayList<>();
    private final List<double[]> spot = new ArrayList<>();
    private final List<double[]> ema = new ArrayList<>();
    private final List<double[]> flowEma = new ArrayList<>();
    private final List<double[]> taoReserve = new ArrayList<>();
    private final List<double[]> alphaReserve = new ArrayList<>();

    Series(String world, int width) {
        this.world = world;
        this.width = width;
    }

    void add(long block, double[] shareRow, double[] emittedRow, double[] spotRow, double[] emaRow, double[] flowRow,
             double[] taoRow, double[] alphaRow) {
        blocks.add(block);
        share.add(shareRow);
        taoEmitted.add(emittedRow);
        spot.add(spotRow);
        ema.add(emaRow);
        flowEma.add(flowRow);
        taoReserve.add(taoRow);
        alphaReserve.add(alphaRow);
    }

    /** The same rows under another world's name (rows are never modified once added, so they are shared). */
    Series copyAs(String otherWorld) {
        Series c = new Series(otherWorld, width);
        c.blocks.addAll(blocks);
        c.share.addAll(share);
        c.taoEmitted.addAll(taoEmitted);
        c.spot.addAll(spot);
        c.ema.addAll(ema);
        c.flowEma.addAll(flowEma);
        c.taoReserve.addAll(taoReserve);
        c.alphaReserve.addAll(alphaReserve);
        return c;
    }

    public String world() {
        return world;
    }

    public int width() {
        return width;
    }

    public int size() {
        return blocks.size();
    }

    public long block(int t) {
        return blocks.get(t);
    }

    public double share(int t, int netuid) {
        return share.get(t)[netuid];
    }

    public double taoEmitted(int t, int netuid) {
        return taoEmitted.get(t)[netuid];
    }

    public double spot(int t, int netuid) {
        return spot.get(t)[netuid];
    }

    public double ema(int t, int netuid) {
        return ema.get(t)[netuid];
    }

    public double flowEma(int t, int netuid) {
        return flowEma.get(t)[netuid];
    }

    public double taoReserve(int t, int netuid) {
        return taoReserve.get(t)[netuid];
    }

    public double alphaReserve(int t, int netuid) {
        return alphaReserve.get(t)[netuid];
    }

    /**
     * Tempo {@code t}'s rows, shared with the tempo report rather than copied (a year holds 7,300 tempos): rows are
     * never modified once added, and their readers only read.
     */
    Rows rows(int t) {
        return new Rows(share.get(t), spot.get(t), ema.get(t), flowEma.get(t), taoReserve.get(t), alphaReserve.get(t));
    }

    record Rows(double[] share, double[] spot, double[] ema, double[] flowEma, double[] taoReserve,
                double[] alphaReserve) {
    }
}
