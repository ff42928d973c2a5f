package io.dtaolab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SnapshotLoaderTest {
    static final Path CSV = Path.of("strategies/networks/mainnet-2026-09-30.csv");

    @Test
    void readsMainnetSnapshot() throws Exception {
        List<SubnetSnapshot> subnets = SnapshotLoader.load(CSV);
        assertEquals(128, subnets.size());
        Map<Integer, SubnetSnapshot> byId = subnets.stream().collect(Collectors.toMap(SubnetSnapshot::netuid, Function.identity()));
        SubnetSnapshot apex = byId.get(1);
        assertEquals("Apex", apex.name());
        assertEquals(23_114_360_590_000L, apex.taoReserveRao());
        assertEquals(3_494_726_037_806_000L, apex.alphaInRao());
        assertEquals(1_618_173_024_742_000L, apex.alphaOutRao());
        assertEquals(910_780_431_588_000L, apex.alphaBurnedRao());
        assertEquals(9_184_186, apex.stateBlock());
        assertEquals(1_497_824, apex.registeredBlock());
        assertEquals(9, apex.validatorsN());
        assertFalse(apex.startupMode());
        assertEquals(0.5381125828716904, apex.minerBurned());
        assertEquals("404—GEN", byId.get(17).name());
        for (int startup : List.of(59, 82, 86, 108)) {
            assertTrue(byId.get(startup).startupMode(), "netuid " + startup);
            assertEquals(0, byId.get(startup).minerBurned());
        }
        assertTrue(byId.get(59).holdersHhi().isEmpty());
        long taoTotal = subnets.stream().mapToLong(SubnetSnapshot::taoReserveRao).sum();
        assertEquals(1_973_986_299_666_000L, taoTotal);
        for (SubnetSnapshot s : subnets) {
            assertTrue(Math.abs(s.alphaIssuedRao() - s.alphaInRao() - s.alphaOutRao() - s.alphaBurnedRao()) <= 2_000,
                    "alpha identity for " + s.netuid());
        }
    }

    @Test
    void quotedUtf8NamesAndErrors() throws Exception {
        String header = String.join(",", SnapshotLoader.COLUMNS);
        String row = "7,\"Quoted, \"\"name\"\" hoτfloaτ\",100,50,0.5,0.5,10.5,1,12,0.5,5.25,,,0,3,0.5,,0,1.5";
        List<SubnetSnapshot> s = SnapshotLoader.parse((header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("Quoted, \"name\" hoτfloaτ", s.get(0).name());
        assertEquals(5_250_000_000L, s.get(0).taoReserveRao());
        assertTrue(s.get(0).startupMode());
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> SnapshotLoader.parse(
                (header + "\n" + row.replace("10.5", "ten") + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.line());
        assertThrows(SnapshotFormatException.class, () -> SnapshotLoader.parse("netuid\n1\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(SnapshotFormatException.class, () -> SnapshotLoader.parse(new byte[] {(byte) 0xff, (byte) 0xfe}));
    }
}
