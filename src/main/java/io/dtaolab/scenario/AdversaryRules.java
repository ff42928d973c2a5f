package io.dtaolab.scenario;

import io.dtaolab.scenario.YNode.YMap;
import java.util.Optional;

/** Checks that span several fields of one adversary: parameters that must fit the network or its schedule. */
final class AdversaryRules {
    private final Fields fields;
    private final String path;
    private final Optional<NetworkSpec> network;
    private final Optional<NetworkSpec.NeuronSpec> neurons;

    /** {@code neurons} is known even when the network is not (a missing snapshot must not hide the cartel check). */
    AdversaryRules(Fields fields, String path, Optional<NetworkSpec> network, Optional<NetworkSpec.NeuronSpec> neurons) {
        this.fields = fields;
        this.path = path;
        this.network = network;
        this.neurons = network.map(NetworkSpec::neurons).or(() -> neurons);
    }

    boolean check(AdversarySpec a, YMap node) {
        return switch (a.type()) {
            case EMA_TIMER -> emaTimer(a, node);
            case PUMP_AND_DUMP -> pumpAndDump(a, node);
            case INSIDER_COLLUSION -> insider(a, node);
            default -> true;
        };
    }

    private boolean emaTimer(AdversarySpec a, YMap node) {
        long rival = a.params().getLong("rivalNetuid");
        boolean suppress = a.params().getString("mode").equals("suppress-rival");
        if (suppress && rival == 0) {
            fields.error(param(node, "mode"), path + ".params.rivalNetuid", "mode suppress-rival needs a rivalNetuid",
                    "a netuid of the network other than the target");
            return false;
        }
        if (rival != 0 && (rival == a.target() || network.isPresent() && !network.get().netuids().contains((int) rival))) {
            fields.error(param(node, "rivalNetuid"), path + ".params.rivalNetuid",
                    rival == a.target() ? "rival is the target itself" : "netuid " + rival + " is not in the network",
                    network.map(n -> "one of " + Ranges.describe(n.netuids()) + ", not the target").orElse("a netuid of the network"));
            return false;
        }
        return true;
    }

    private boolean pumpAndDump(AdversarySpec a, YMap node) {
        double days = a.params().getDouble("accumulateDays") + a.params().getDouble("pumpDays");
        long active = a.stopBlock() - a.startBlock();
        if (days * Durations.BLOCKS_PER_DAY > active) {
            fields.error(param(node, "pumpDays"), path + ".params.pumpDays", "accumulateDays + pumpDays (" + Fields.plain(days)
                    + " days) do not fit between start and stop (" + Durations.format(active) + ")",
                    "phases that end before stop");
            return false;
        }
        return true;
    }

    private boolean insider(AdversarySpec a, YMap node) {
        if (this.neurons.isEmpty()) {
            return true;
        }
        var neurons = this.neurons.get();
        boolean ok = true;
        if (a.params().getLong("cartelValidators") > neurons.validators()) {
            fields.error(param(node, "cartelValidators"), path + ".params.cartelValidators", "cartel larger than the "
                    + neurons.validators() + " validators per subnet", "at most network.neurons.validators");
            ok = false;
        }
        if (a.params().getLong("ownerMiners") > neurons.miners()) {
            fields.error(param(node, "ownerMiners"), path + ".params.ownerMiners", "more owner miners than the "
                    + neurons.miners() + " miners per subnet", "at most network.neurons.miners");
            ok = false;
        }
        return ok;
    }

    /** The parameter's node when it was written, else the params mapping, else the adversary itself. */
    private static YNode param(YMap adversary, String name) {
        Optional<YNode> params = Fields.get(adversary, "params");
        if (params.isPresent() && params.get() instanceof YMap p) {
            return Fields.get(p, name).orElse(p);
        }
        return adversary;
    }
}
