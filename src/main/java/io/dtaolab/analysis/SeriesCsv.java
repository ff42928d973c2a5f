package io.dtaolab.analysis;

import io.dtaolab.engine.Series;

/** series.csv: one row per tempo, world and subnet. */
public final class SeriesCsv {
    public static final String HEADER = "block,world,netuid,emission_share,tao_emitted,spot_price,ema_price,flow_ema,tao_reserve,alpha_reserve\n";

    private SeriesCsv() {
    }

    public static String render(Series attack, Series twin) {
        StringBuilder sb = new StringBuilder(HEADER);
        append(sb, attack, twin);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Series attack, Series twin) {
        for (int t = 0; t < attack.size(); t++) {
            rows(sb, attack, t);
            if (twin != null && t < twin.size()) {
                rows(sb, twin, t);
            }
        }
    }

    private static void rows(StringBuilder sb, Series s, int t) {
        for (int n = 1; n < s.width(); n++) {
            if (s.taoReserve(t, n) == 0 && s.alphaReserve(t, n) == 0) {
                continue;
            }
            sb.append(s.block(t)).append(',').append(s.world()).append(',').append(n).append(',')
                    .append(fmt(s.share(t, n))).append(',').append(fmt(s.taoEmitted(t, n))).append(',')
                    .append(fmt(s.spot(t, n))).append(',').append(fmt(s.ema(t, n))).append(',')
                    .append(fmt(s.flowEma(t, n))).append(',').append(fmt(s.taoReserve(t, n))).append(',')
                    .append(fmt(s.alphaReserve(t, n))).append('\n');
        }
    }

    /** Shortest decimal that reads back as the same double: exact, locale-free and much faster than a format string. */
    private static String fmt(double v) {
        return Double.toString(v);
    }
}
