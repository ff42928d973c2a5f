package io.dtaolab.experiment.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator: every draw is a valid strategy, seeded and reproducible, covering every family and variant. */
class AttackGeneratorTest {

    @Test
    void everyDrawLoadsAndCoversEveryFamilyVariantAndStress() {
        Set<AttackFamily> families = EnumSet.noneOf(AttackFamily.class);
        Set<String> familyVariants = new java.util.HashSet<>();
        Set<HonestStress> stresses = EnumSet.noneOf(HonestStress.class);
        for (long seed = 1; seed <= 2; seed++) {
            // generate() throws on the first draw the strict loader rejects
            for (GeneratedCase c : new AttackGenerator(seed).cases(240, 20)) {
                stresses.add(c.stress());
                for (GeneratedCase.Truth t : c.truths()) {
                    families.add(t.family());
                    familyVariants.add(t.family() + "/" + t.variant());
                    assertTrue(c.spec().adversaries().stream().anyMatch(a -> a.id().equals(t.adversaryId())
                            && a.target() == t.target() && a.startBlock() == t.startOffset()), c.id());
                }
                assertEquals(c.honest(), c.spec().adversaries().isEmpty(), c.id());
                assertEquals(!c.honest(), c.spec().twin(), c.id());
            }
        }
        assertEquals(EnumSet.allOf(AttackFamily.class), families);
        assertEquals(EnumSet.allOf(HonestStress.class), stresses);
        for (AttackFamily f : AttackFamily.values()) {
            for (Variant v : f.variants()) {
                assertTrue(familyVariants.contains(f + "/" + v), f + "/" + v + " never drawn");
            }
        }
    }

    @Test
    void sameSeedSameCasesOtherSeedOtherCases() {
        List<GeneratedCase> a = new AttackGenerator(7).cases(20, 5);
        List<GeneratedCase> b = new AttackGenerator(7).cases(20, 5);
        List<GeneratedCase> c = new AttackGenerator(8).cases(20, 5);
        assertEquals(a, b);
        assertNotEquals(a.stream().map(GeneratedCase::spec).collect(Collectors.toList()),
                c.stream().map(GeneratedCase::spec).collect(Collectors.toList()));
    }

    @Test
    void splitVariantsSpreadOverEightToThirtyTwoColdkeys() {
        for (GeneratedCase c : new AttackGenerator(4).cases(120, 0)) {
            for (GeneratedCase.Truth t : c.truths()) {
                if (t.variant() == Variant.SPLIT) {
                    var a = c.spec().adversaries().stream().filter(x -> x.id().equals(t.adversaryId())).findFirst().orElseThrow();
                    int keys = a.type().id().equals("wash-trader") ? (int) a.params().getLong("linkedColdkeys") : a.coldkeys();
                    assertTrue(keys >= 8 && keys <= 32, c.id() + " keys " + keys);
                }
            }
        }
    }
}
