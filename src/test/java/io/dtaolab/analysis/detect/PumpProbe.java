package io.dtaolab.analysis.detect;

import java.nio.file.*;
import java.util.*;

/** Dev: pump-position features at the sale that maximises the current score, per (actor, subnet) position. */
public final class PumpProbe implements Detector {
    static String MODE = System.getProperty("mode", "");
    static final class Pos {
        long first, lastBuy, firstSell = -1, lastBlockSeen;
        double reserveBefore, taoIn, alphaIn, alphaOut, taoOut;
        int buys, buyBlocks;
        long prevBuyBlock = -1;
        double p0, pLastBuyAfter, ownImpact, othersNet, othersBuys, maxScore, gainAtMax, soldAtMax;
        long blockAtMax;
        Set<Integer> keys = new TreeSet<>();
        double othersNetAtMax;
        double pAtMax;
        double ownImpactPump; int sellsInterleaved; double blockTao, sumSq; long curBlock=-1;
    }

    final FundingClusters clusters = new FundingClusters();
    final Map<Integer, Map<Long, Pos>> books = new HashMap<>();
    final List<String> rows = new ArrayList<>();
    final List<Pos> all = new ArrayList<>();
    final Map<Pos, String> label = new HashMap<>();

    public String name() {
        return "probe";
    }

    public double defaultThreshold() {
        return 1e9;
    }

    public void onFunding(FundingEvent f, AlarmGate g) {
        clusters.add(f);
    }

    public void onTrade(TradeEvent t, AlarmGate g) {
        Map<Long, Pos> book = books.computeIfAbsent(t.netuid(), n -> new HashMap<>());
        long actor = clusters.actor(t.coldkey());
        for (Map.Entry<Long, Pos> e : book.entrySet()) {
            if (e.getKey() != actor) {
                e.getValue().othersNet += t.buy() ? t.tao() : -t.tao();
                if (t.buy()) e.getValue().othersBuys += t.tao();
            }
        }
        Pos p = book.get(actor);
        if (t.buy()) {
            if (p == null || p.alphaIn - p.alphaOut <= 0.01 * p.alphaIn || t.block() - p.first > 4800) {
                p = new Pos();
                p.first = t.block();
                p.reserveBefore = Math.max(1, t.taoReserve() - t.tao());
                p.p0 = t.priceBefore();
                book.put(actor, p);
                all.add(p);
                label.put(p, "SN" + t.netuid() + " actor " + (actor >= FundingClusters.WALLET_ACTOR ? "w" + (actor - FundingClusters.WALLET_ACTOR) : "k" + actor) + " sz" + clusters.size(t.coldkey()));
            }
            p.taoIn += t.tao();
            p.alphaIn += t.alpha();
            p.buys++;
            if (t.block() != p.prevBuyBlock) { p.buyBlocks++; p.sumSq += p.blockTao*p.blockTao; p.blockTao = 0; }
            p.blockTao += t.tao();
            if (p.firstSell >= 0) p.sellsInterleaved++;
            p.prevBuyBlock = t.block();
            p.lastBuy = t.block();
            p.pLastBuyAfter = t.priceAfter();
            p.ownImpact += Math.log(t.priceAfter() / t.priceBefore());
            p.keys.add(t.coldkey());
            return;
        }
        if (p == null || p.alphaIn <= 0 || t.block() - p.first > 4800) return;
        p.alphaOut += t.alpha();
        p.taoOut += t.tao();
        if (p.firstSell < 0) p.firstSell = t.block();
        long held = t.block() - p.first;
        double paid = p.taoIn / p.alphaIn;
        double gain = t.priceBefore() / paid - 1;
        if (held < 30 || !(gain > 0) || p.buys < 3) return;
        double size = p.taoIn / p.reserveBefore;
        double sold = Math.min(1, 2 * p.alphaOut / p.alphaIn);
        double score = 100 * size * gain * sold;
        if (score > p.maxScore) {
            p.maxScore = score;
            p.gainAtMax = gain;
            p.soldAtMax = sold;
            p.blockAtMax = t.block();
            p.othersNetAtMax = p.othersNet;
            p.pAtMax = t.priceBefore();
        }
    }

    String dump(double min) {
        StringBuilder sb = new StringBuilder();
        for (Pos p : all) {
            if (MODE.equals("campaign") ? !(p.buyBlocks >= 8 && p.alphaOut > 0.3 * p.alphaIn) : p.maxScore < min) continue;
            double eff = p.taoIn * p.taoIn / (p.sumSq + p.blockTao * p.blockTao);
            double size = p.taoIn / p.reserveBefore;
            sb.append(String.format(Locale.ROOT,
                    "    %s eff %.1f inter %d keys%d score %.2f size %.3f gain %.2f sold %.2f | buys %d blocks %d span %d hold %d (1stSell-lastBuy %d) alarmAt %d | p0 %.4g pTop %.4g pSale %.4g ownImp %.2f totalRise %.2f othersNet %.1f (%.2f of taoIn) othersBuys %.1f%n",
                    label.get(p), eff, p.sellsInterleaved, p.keys.size(), p.maxScore, size, p.gainAtMax, p.soldAtMax, p.buys, p.buyBlocks, p.lastBuy - p.first,
                    p.blockAtMax - p.first, p.firstSell - p.lastBuy, p.blockAtMax, p.p0, p.pLastBuyAfter, p.pAtMax, p.ownImpact,
                    Math.log(p.pAtMax / p.p0), p.othersNetAtMax, p.othersNetAtMax / p.taoIn, p.othersBuys));
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double min = Double.parseDouble(args[1]);
        String filter = args.length > 2 ? args[2] : "";
        List<Path> metas;
        try (var s = Files.list(dir)) {
            metas = s.filter(p -> p.toString().endsWith(".meta")).sorted(Comparator.comparing(DevTrace::order)).toList();
        }
        for (Path m : metas) {
            List<String> lines = Files.readAllLines(m);
            String id = lines.get(0).split("\t")[0];
            String desc = String.join(" | ", lines);
            if (!filter.isEmpty() && !desc.toLowerCase().matches("(?s).*(" + filter + ").*")) continue;
            for (String w : List.of("attack", "twin")) {
                Path f = dir.resolve(id + "." + w + ".bin.gz");
                if (!Files.exists(f)) continue;
                PumpProbe probe = new PumpProbe();
                DevTrace.replay(f, List.of(probe), AlarmSink.NONE);
                String d = probe.dump(min);
                if (!d.isEmpty()) {
                    System.out.println(w + " " + desc.replace("\n", " | ").replace("\t", " "));
                    System.out.print(d);
                }
            }
        }
    }
}
