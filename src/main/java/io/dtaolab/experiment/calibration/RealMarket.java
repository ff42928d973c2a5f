package io.dtaolab.experiment.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The real 30 days before the snapshot, per subnet, from the market companion file: 30-day log return (absent for
 * subnets registered inside the window), mean over final price, and the owner's TAO bought plus sold.
 */
public record RealMarket(List<Row> rows) {

    public RealMarket {
        rows = List.copyOf(rows);
    }

    public record Row(int netuid, double logReturn30d, double meanOverFinal, double ownerVolumeTao) {
    }

    public static RealMarket load(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(csv + ": empty file");
        }
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        int netuid = column(header, "netuid", csv);
        int price = column(header, "price_tao", csv);
        int avg = column(header, "price_tao_avg30", csv);
        int ret = column(header, "logret_30d", csv);
        int buy = column(header, "owner_buy_tao_30d", csv);
        int sell = column(header, "owner_sell_tao_30d", csv);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",", -1);
            if (f.length != header.size()) {
                throw new IOException(csv + ":" + (i + 1) + ": expected " + header.size() + " fields, got " + f.length);
            }
            try {
                double p = Double.parseDouble(f[price]);
                rows.add(new Row(Integer.parseInt(f[netuid]), number(f[ret]), p > 0 ? number(f[avg]) / p : Double.NaN,
                        zeroIfEmpty(f[buy]) + zeroIfEmpty(f[sell])));
            } catch (NumberFormatException e) {
                throw new IOException(csv + ":" + (i + 1) + ": not a number: " + e.getMessage(), e);
            }
        }
        return new RealMarket(rows);
    }

    /** The 30-day log returns of the subnets that have one. */
    public double[] logReturns() {
        return rows.stream().mapToDouble(Row::logReturn30d).filter(Double::isFinite).toArray();
    }

    /** The 30-day log returns of the subnets {@code half} selects that have one. */
    public double[] logReturns(HoldOut half) {
        return rows.stream().filter(r -> half.contains(r.netuid())).mapToDouble(Row::logReturn30d)
                .filter(Double::isFinite).toArray();
    }

    public double[] meanOverFinal() {
        return rows.stream().mapToDouble(Row::meanOverFinal).filter(Double::isFinite).toArray();
    }

    public double ownerVolumeTao() {
        return rows.stream().mapToDouble(Row::ownerVolumeTao).sum();
    }

    private static int column(List<String> header, String name, Path csv) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IOException(csv + ":1: missing column '" + name + "'");
        }
        return i;
    }

    private static double number(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }

    private static double zeroIfEmpty(String s) {
        return s.isBlank() ? 0 : Double.parseDouble(s);
    }
}
