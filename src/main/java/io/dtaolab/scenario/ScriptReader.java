package io.dtaolab.scenario;

import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.adversary.ScriptAction.Kind;
import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.chain.Rao;
import io.dtaolab.scenario.YNode.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code actions} list of a {@code script} adversary. Each action is a mapping: {@code at} (offset from
 * the run start, inside the adversary's [start, stop)), {@code action}, {@code netuid} (default: the target),
 * {@code amountTao} (stake), {@code fraction} (unstake, move; default 1), {@code toNetuid} (move), {@code coldkey}
 * (index into the adversary's keys, default 0).
 */
final class ScriptReader {
    static final List<String> KEYS = List.of("at", "action", "netuid", "toNetuid", "amountTao", "fraction", "coldkey");

    private final Fields f;
    private final Optional<NetworkSpec> network;

    ScriptReader(Fields f, Optional<NetworkSpec> network) {
        this.f = f;
        this.network = network;
    }

    /** The actions, checked against the adversary's target, key count and window; empty when any is bad. */
    Optional<List<ScriptAction>> read(YNode node, String path, int target, int coldkeys, long start, long stop) {
        Optional<YNode.YList> list = f.list(node, path);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        List<YNode> items = list.get().items();
        if (items.size() > AdversarySpec.MAX_ACTIONS) {
            f.error(node, path, items.size() + " actions", "at most " + AdversarySpec.MAX_ACTIONS);
            return Optional.empty();
        }
        List<ScriptAction> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            Optional<ScriptAction> a = action(items.get(i), path + "[" + i + "]", target, coldkeys, start, stop);
            ok &= a.isPresent();
            a.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private Optional<ScriptAction> action(YNode node, String path, int target, int coldkeys, long start, long stop) {
        Optional<YMap> map = f.map(node, path);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YMap m = map.get();
        int errorsBefore = f.errors().list().size();
        f.onlyKeys(m, path, KEYS);
        String window = "an offset from " + Durations.format(start) + " up to (not including) " + Durations.format(stop);
        Optional<Long> at = f.require(m, path, "at", window).flatMap(n -> at(n, path + ".at", start, stop, window));
        Optional<Kind> kind = f.require(m, path, "action", String.join(", ", Kind.ids())).flatMap(n -> kind(n, path + ".action"));
        Optional<Long> netuid = Fields.get(m, "netuid").map(n -> netuid(n, path + ".netuid")).orElse(Optional.of((long) target));
        Optional<Long> coldkey = Fields.get(m, "coldkey").map(n -> f.integer(n, path + ".coldkey", 0, coldkeys - 1L))
                .orElse(Optional.of(0L));
        long amount = 0;
        double fraction = 1;
        long toNetuid = 0;
        if (kind.isPresent()) {
            Kind k = kind.get();
            forbid(m, path, "amountTao", k != Kind.STAKE, k);
            forbid(m, path, "fraction", k == Kind.STAKE, k);
            forbid(m, path, "toNetuid", k != Kind.MOVE, k);
            if (k == Kind.STAKE) {
                amount = f.require(m, path, "amountTao", "a number above 0, at most 21000000")
                        .flatMap(n -> f.number(n, path + ".amountTao", 0.000000001, Limits.MAX_TAO)).map(Rao::ofTao).orElse(0L);
            } else {
                fraction = Fields.get(m, "fraction").map(n -> f.number(n, path + ".fraction", 0.000001, 1)).orElse(Optional.of(1.0))
                        .orElse(1.0);
            }
            if (k == Kind.MOVE) {
                toNetuid = f.require(m, path, "toNetuid", "a netuid of the network").flatMap(n -> netuid(n, path + ".toNetuid"))
                        .orElse(0L);
            }
        }
        if (f.errors().list().size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ScriptAction(at.orElseThrow(), kind.orElseThrow(), netuid.orElseThrow().intValue(), (int) toNetuid,
                amount, fraction, coldkey.orElseThrow().intValue()));
    }

    private void forbid(YMap m, String path, String key, boolean forbidden, Kind kind) {
        if (forbidden && m.entries().containsKey(key)) {
            f.errors().add(m.entries().get(key).keyLoc(), path + "." + key, "'" + key + "' does not apply to action "
                    + kind.id(), "stake: amountTao; unstake: fraction; move: fraction, toNetuid");
        }
    }

    private Optional<Long> at(YNode node, String path, long start, long stop, String window) {
        Optional<String> text = f.string(node, path, null, Durations.SYNTAX);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var blocks = Durations.blocks(text.get());
        if (blocks.isEmpty()) {
            f.error(node, path, "invalid duration '" + FieldPaths.abbreviate(text.get()) + "'", Durations.SYNTAX);
            return Optional.empty();
        }
        if (blocks.getAsLong() < start || blocks.getAsLong() >= stop) {
            f.error(node, path, "action at " + Durations.format(blocks.getAsLong()) + " is outside the adversary's window",
                    window);
            return Optional.empty();
        }
        return Optional.of(blocks.getAsLong());
    }

    private Optional<Kind> kind(YNode node, String path) {
        Optional<String> id = f.string(node, path, null, String.join(", ", Kind.ids()));
        Optional<Kind> kind = id.flatMap(Kind::byId);
        if (id.isPresent() && kind.isEmpty()) {
            f.error(node, path, "unknown action '" + FieldPaths.abbreviate(id.get()) + "'", String.join(", ", Kind.ids()));
        }
        return kind;
    }

    private Optional<Long> netuid(YNode node, String path) {
        Optional<Long> n = f.integer(node, path, 1, 65_535);
        if (n.isPresent() && network.isPresent() && !network.get().netuids().contains(n.get().intValue())) {
            f.error(node, path, "netuid " + n.get() + " is not in the network", "one of " + Ranges.describe(network.get().netuids()));
            return Optional.empty();
        }
        return n;
    }
}
