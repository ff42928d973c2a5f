package io.dtaolab.scenario;

import io.dtaolab.chain.Network;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads a mainnet snapshot CSV (columns by header name, UTF-8, quoted fields allowed) into subnet records. */
public final class SnapshotLoader {
    public static final long MAX_BYTES = 4L << 20;
    static final List<String> COLUMNS = List.of("netuid", "name", "state_block", "registered_block", "price_tao",
            "price_tao_avg30", "alpha_in_pool", "alpha_out", "alpha_issued", "alpha_burned", "tao_in_pool_est",
            "miner_burn_now", "miner_burn_mean_30d", "emission_on_share_30d", "validators_n", "validator_stake_hhi",
            "holders_hhi", "owner_alpha_share_issued", "days_since_registration");
    private static final BigDecimal RAO_PER_UNIT = BigDecimal.TEN.pow(9);

    private SnapshotLoader() {
    }

    public static List<SubnetSnapshot> load(Path csv) throws IOException, SnapshotFormatException {
        if (Files.size(csv) > MAX_BYTES) {
            throw new SnapshotFormatException(1, "file is larger than " + MAX_BYTES + " bytes");
        }
        return parse(Files.readAllBytes(csv));
    }

    public static List<SubnetSnapshot> parse(byte[] content) throws SnapshotFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new SnapshotFormatException(1, "not valid UTF-8");
        }
        List<CsvReader.Row> rows = CsvReader.parse(text);
        if (rows.isEmpty()) {
            throw new SnapshotFormatException(1, "empty file");
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = rows.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i).strip(), i);
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                throw new SnapshotFormatException(1, "missing column '" + column + "'");
            }
        }
        List<SubnetSnapshot> subnets = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (CsvReader.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != header.size()) {
                throw new SnapshotFormatException(row.line(), row.fields().size() + " fields, header has " + header.size());
            }
            SubnetSnapshot s = new RowReader(row, index).subnet();
            if (!seen.add(s.netuid())) {
                throw new SnapshotFormatException(row.line(), "netuid " + s.netuid() + " appears twice");
            }
            subnets.add(s);
        }
        if (subnets.isEmpty()) {
            throw new SnapshotFormatException(1, "no subnet rows");
        }
        return List.copyOf(subnets);
    }

    /** Typed access to one row's fields, with the row's line in every error. */
    private record RowReader(CsvReader.Row row, Map<String, Integer> index) {

        SubnetSnapshot subnet() throws SnapshotFormatException {
            String burn = text("miner_burn_now");
            String holders = text("holders_hhi");
            return new SubnetSnapshot(
                    (int) integer("netuid", 1, Network.MAX_NETUID),
                    text("name"),
                    integer("state_block", 0, Long.MAX_VALUE),
                    integer("registered_block", 0, Long.MAX_VALUE),
                    number("price_tao"),
                    number("price_tao_avg30"),
                    rao("tao_in_pool_est"),
                    rao("alpha_in_pool"),
                    rao("alpha_out"),
                    rao("alpha_issued"),
                    rao("alpha_burned"),
                    burn.isEmpty() ? 0 : number("miner_burn_now"),
                    burn.isEmpty(),
                    text("miner_burn_mean_30d").isEmpty() ? 0 : number("miner_burn_mean_30d"),
                    number("emission_on_share_30d"),
                    (int) integer("validators_n", 0, 65_535),
                    number("validator_stake_hhi"),
                    holders.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(number("holders_hhi")),
                    number("owner_alpha_share_issued"),
                    number("days_since_registration"));
        }

        String text(String column) {
            return row.fields().get(index.get(column)).strip();
        }

        BigDecimal decimal(String column) throws SnapshotFormatException {
            String t = text(column);
            if (t.isEmpty() || t.length() > 40) {
                throw new SnapshotFormatException(row.line(), "column '" + column + "' must be a number, got '" + t + "'");
            }
            try {
                BigDecimal v = new BigDecimal(t);
                if (v.signum() < 0) {
                    throw new SnapshotFormatException(row.line(), "column '" + column + "' is negative: " + t);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new SnapshotFormatException(row.line(), "column '" + column + "' must be a number, got '" + t + "'");
            }
        }

        double number(String column) throws SnapshotFormatException {
            return decimal(column).doubleValue();
        }

        long integer(String column, long min, long max) throws SnapshotFormatException {
            BigDecimal v = decimal(column);
            try {
                long n = v.longValueExact();
                if (n < min || n > max) {
                    throw new SnapshotFormatException(row.line(), "column '" + column + "' out of range: " + n + " (allowed " + min + " to " + max + ")");
                }
                return n;
            } catch (ArithmeticException e) {
                throw new SnapshotFormatException(row.line(), "column '" + column + "' must be an integer, got " + v);
            }
        }

        /** Exact: amount × 1e9 rounded half-up, from the decimal string (no binary floating point). */
        long rao(String column) throws SnapshotFormatException {
            try {
                return decimal(column).multiply(RAO_PER_UNIT).setScale(0, RoundingMode.HALF_UP).longValueExact();
            } catch (ArithmeticException e) {
                throw new SnapshotFormatException(row.line(), "column '" + column + "' does not fit in RAO");
            }
        }
    }
}
