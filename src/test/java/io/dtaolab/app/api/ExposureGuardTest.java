package io.dtaolab.app.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExposureGuardTest {
    @Test
    void anOpenAddressWithoutARealTokenIsRefusedUnlessInsecure() {
        for (Optional<String> none : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("   "))) {
            assertTrue(ExposureGuard.problem("0.0.0.0", none, false).isPresent(), "blank token counts as none");
            assertTrue(ExposureGuard.problem("192.168.1.10", none, false).isPresent());
            assertFalse(ExposureGuard.problem("0.0.0.0", none, true).isPresent(), "--insecure");
        }
        assertFalse(ExposureGuard.problem("0.0.0.0", Optional.of("t"), false).isPresent());
        for (String loopback : java.util.List.of("127.0.0.1", "localhost", "::1", "127.0.0.5")) {
            assertFalse(ExposureGuard.problem(loopback, Optional.empty(), false).isPresent(), loopback);
        }
        assertTrue(ExposureGuard.problem("0.0.0.0", Optional.empty(), false).get().contains("--insecure"));
    }
}
