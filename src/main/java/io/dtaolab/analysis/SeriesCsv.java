package io.dtaolab.analysis;

import io.dtaolab.engine.Series;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * series.csv: one row per tempo, world and subnet. Numbers are {@code StringBuilder.append(double)}: the same
 * characters as {@code Double.toString} (shortest decimal that reads back as the same double, locale-free), written
 * straight into the builder without a String per value.
 */
public final class SeriesCsv {
    public static final String HEADER = "block,world,netuid,emission_share,tao_emitted,spot_price,ema_price,flow_ema,tao_reserve,alpha_reserve\n";

    private static final int CHUNK = 1 << 16;

    private SeriesCsv() {
    }

    public static String render(Series attack, Series twin) {
        StringWriter out = new StringWriter();
        try {
            write(out, attack, twin);
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString();
    }

    /** Writes the file in chunks: a year of 128 subnets in two worlds is hundreds of megabytes as one string. */
    public static void write(Writer out, Series attack, Series twin) throws IOException {
        StringBuilder sb = new StringBuilder(CHUNK + 4096).append(HEADER);
        for (int t = 0; t < attack.size(); t++) {
            rows(sb, attack, t);
            if (twin != null && t < twin.size()) {
                rows(sb, twin, t);
            }
            if (sb.length() >= CHUNK) {
                out.append(sb);
                sb.setLength(0);
            }
        }
        out.append(sb);
    }

    private static void rows(StringBuilder sb, Series s, int t) {
        for (int n = 1; n < s.width(); n++) {
            if (s.taoReserve(t, n) == 0 && s.alphaReserve(t, n) == 0) {
                continue;
            }
            sb.append(s.block(t)).append(',').append(s.world()).append(',').append(n).append(',')
                    .append(s.share(t, n)).append(',').append(s.taoEmitted(t, n)).append(',')
                    .append(s.spot(t, n)).append(',').append(s.ema(t, n)).append(',')
                    .append(s.flowEma(t, n)).append(',').append(s.taoReserve(t, n)).append(',')
                    .append(s.alphaReserve(t, n)).append('\n');
        }
    }
}
