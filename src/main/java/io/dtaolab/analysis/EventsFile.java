package io.dtaolab.analysis;

import io.dtaolab.chain.Rao;
import io.dtaolab.engine.BlockSummary;
import io.dtaolab.engine.ExtrinsicEvent;
import io.dtaolab.engine.RunListener;
import io.dtaolab.engine.TempoReport;
import io.dtaolab.engine.Trade;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * events.jsonl: one JSON line per extrinsic an agent submitted in either world, executed or refused, in block order
 * (attack world first within a block). Trades (add, remove, move stake) worth less than the strategy's
 * {@code tradeEventMinTao} are left out; other extrinsics are always written. Each world streams to its own part
 * file on its own thread; {@link #commit()} merges them into a temporary file and renames it into place, so the
 * file appears whole or not at all.
 */
public final class EventsFile implements AutoCloseable {
    static final String NAME = "events.jsonl";
    private final Path dir;
    private final long minTradeRao;
    private final Part attack;
    private final Part twin;

    private EventsFile(Path dir, long minTradeRao) throws IOException {
        this.dir = dir;
        this.minTradeRao = minTradeRao;
        Files.createDirectories(dir);
        this.attack = new Part(dir.resolve(NAME + ".attack.part"));
        this.twin = new Part(dir.resolve(NAME + ".twin.part"));
    }

    public static EventsFile open(Path dir, long minTradeRao) throws IOException {
        return new EventsFile(dir, minTradeRao);
    }

    /** {@code base}, plus this file as the place both worlds report their extrinsics. */
    public RunListener around(RunListener base) {
        return new RunListener() {
            @Override
            public void onBlock(BlockSummary summary) {
                base.onBlock(summary);
            }

            @Override
            public void onTempo(TempoReport report) {
                base.onTempo(report);
            }

            @Override
            public void onTrade(Trade trade) {
                base.onTrade(trade);
            }

            @Override
            public Consumer<ExtrinsicEvent> extrinsics(String world) {
                Part p = world.equals("twin") ? twin : attack;
                return e -> {
                    if (kept(e)) {
                        p.write(line(e));
                    }
                };
            }
        };
    }

    boolean kept(ExtrinsicEvent e) {
        if (e.side().equals("none")) {
            return true;
        }
        double alphaTao = Rao.toTao(e.alphaRao()) * e.priceBefore();
        return Math.max(Rao.toTao(e.taoRao()), alphaTao) >= Rao.toTao(minTradeRao);
    }

    static String line(ExtrinsicEvent e) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"block\":").append(e.block())
                .append(",\"world\":").append(str(e.world()))
                .append(",\"agent\":").append(str(e.agentId()))
                .append(",\"class\":").append(str(e.agentClass()))
                .append(",\"adversary\":").append(e.adversary())
                .append(",\"coldkey\":").append(e.coldkey())
                .append(",\"netuid\":").append(e.netuid())
                .append(",\"kind\":").append(str(e.kind()))
                .append(",\"side\":").append(str(e.side()))
                .append(",\"executed\":").append(e.executed())
                .append(",\"refusal\":").append(e.refusal() == null ? "null" : str(e.refusal()))
                .append(",\"taoRao\":").append(e.taoRao())
                .append(",\"alphaRao\":").append(e.alphaRao())
                .append(",\"feeRao\":").append(e.feeRao())
                .append(",\"priceBefore\":").append(price(e.priceBefore()))
                .append(",\"priceAfter\":").append(price(e.priceAfter()))
                .append('}');
        return sb.toString();
    }

    private static String price(double p) {
        return String.format(Locale.ROOT, "%.12g", p);
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Merges both worlds' lines by block (attack first) into events.jsonl, atomically. */
    public void commit() throws IOException {
        attack.close();
        twin.close();
        Path tmp = dir.resolve(NAME + ".tmp");
        try (BufferedReader a = Files.newBufferedReader(attack.file, StandardCharsets.UTF_8);
             BufferedReader t = Files.newBufferedReader(twin.file, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            String la = a.readLine();
            String lt = t.readLine();
            while (la != null || lt != null) {
                if (lt == null || (la != null && block(la) <= block(lt))) {
                    out.write(la);
                    la = a.readLine();
                } else {
                    out.write(lt);
                    lt = t.readLine();
                }
                out.write('\n');
            }
        }
        Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        deleteParts();
    }

    private static long block(String line) {
        int from = "{\"block\":".length();
        return Long.parseLong(line.substring(from, line.indexOf(',', from)));
    }

    /** Drops the part files (a run that failed writes no events file). */
    @Override
    public void close() throws IOException {
        attack.close();
        twin.close();
        deleteParts();
    }

    private void deleteParts() throws IOException {
        Files.deleteIfExists(attack.file);
        Files.deleteIfExists(twin.file);
    }

    /** One world's lines, written by that world's thread only. */
    private static final class Part {
        final Path file;
        private final BufferedWriter out;
        private boolean closed;

        Part(Path file) throws IOException {
            this.file = file;
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        void write(String line) {
            try {
                out.write(line);
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() throws IOException {
            if (!closed) {
                closed = true;
                out.close();
            }
        }
    }
}
