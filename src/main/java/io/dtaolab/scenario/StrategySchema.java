package io.dtaolab.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dtaolab.agents.adversary.ScriptAction;
import io.dtaolab.agents.catalog.AgentRole;
import io.dtaolab.agents.catalog.AgentType;
import io.dtaolab.agents.catalog.AgentType.Limits;
import io.dtaolab.agents.catalog.ParamDef;
import io.dtaolab.chain.Mechanism;
import io.dtaolab.chain.Presets;
import io.dtaolab.scenario.NetworkSpec.Synthetic;
import java.util.List;

/**
 * JSON Schema (draft 2020-12) of the strategy format, generated from the agent catalogue, the presets and the
 * mechanism's parameters so the shipped strategies/strategy.schema.json cannot drift from the loader.
 * Cross-field rules (targets in the network, stop after start) are the loader's job, not the schema's.
 */
public final class StrategySchema {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String DURATION = "^[0-9]{1,9}[dhmb]$";

    private StrategySchema() {
    }

    public static String json() {
        try {
            return JSON.writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode schema() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://dtaolab.io/schemas/strategy.schema.json");
        root.put("title", "dTAO Stress Lab strategy file");
        root.put("type", "object");
        root.put("additionalProperties", false);
        root.set("required", strings(List.of("name", "seed", "network")));
        ObjectNode p = root.putObject("properties");
        p.putObject("name").put("type", "string").put("pattern", "^[a-z0-9-]{1,64}$");
        p.putObject("description").put("type", "string").put("maxLength", StrategyValidator.MAX_DESCRIPTION);
        integer(p.putObject("seed"), 0, Long.MAX_VALUE);
        durationString(p.putObject("duration"));
        integer(p.putObject("blocks"), 1, Limits.MAX_BLOCKS);
        p.putObject("preset").set("enum", strings(Presets.names()));
        ObjectNode compare = p.putObject("compare").put("type", "array").put("minItems", 2)
                .put("maxItems", StrategyValidator.MAX_COMPARE).put("uniqueItems", true);
        compare.putObject("items").set("enum", strings(Presets.names()));
        p.set("overrides", overrides());
        p.set("network", network());
        p.set("honest", honest());
        ObjectNode adversaries = p.putObject("adversaries").put("type", "array");
        adversaries.set("items", adversary());
        p.putObject("twin").put("type", "boolean").put("default", true);
        durationString(p.putObject("warmup")).put("description",
                "honest trading before measurement starts; default 1d under taoflow-2025-11 and netflow-2026-05, else 0b");
        ObjectNode outputs = object(p.putObject("outputs"));
        ObjectNode op = outputs.putObject("properties");
        op.putObject("series").put("type", "boolean").put("default", true);
        op.putObject("events").put("type", "boolean").put("default", false);
        number(op.putObject("tradeEventMinTao"), 0, Limits.MAX_TAO).put("default", 10);
        number(op.putObject("distortionThresholdPct"), 0, 100).put("default", OutputSpec.DEFAULT_DISTORTION_THRESHOLD_PCT);
        ObjectNode detectors = object(p.putObject("detectors")).put("description",
                "per detector: enabled (default true) and the alarm threshold (default: the detector's own)");
        ObjectNode dp = detectors.putObject("properties");
        for (String name : DetectorSettings.NAMES) {
            ObjectNode d = object(dp.putObject(name));
            ObjectNode props = d.putObject("properties");
            props.putObject("enabled").put("type", "boolean").put("default", true);
            props.putObject("threshold").put("type", "number").put("exclusiveMinimum", 0)
                    .put("maximum", DetectorSettings.MAX_THRESHOLD);
        }
        ArrayNode oneOf = root.putArray("allOf");
        oneOf.add(exactlyOne("duration", "blocks"));
        oneOf.add(exactlyOne("preset", "compare"));
        return root;
    }

    private static ObjectNode overrides() {
        ObjectNode o = object(JSON.createObjectNode());
        ObjectNode props = o.putObject("properties");
        for (String name : Mechanism.parameterNames()) {
            Class<?> type = Mechanism.parameterType(name);
            ObjectNode s = props.putObject(name);
            if (type.isEnum()) {
                ArrayNode values = s.putArray("enum");
                for (Object c : type.getEnumConstants()) {
                    values.add(((Enum<?>) c).name().toLowerCase().replace('_', '-'));
                }
            } else if (type == boolean.class) {
                s.put("type", "boolean");
            } else if (type == double.class) {
                s.put("type", "number");
            } else {
                s.put("type", "integer");
            }
        }
        return o;
    }

    private static ObjectNode network() {
        ObjectNode n = object(JSON.createObjectNode());
        ObjectNode p = n.putObject("properties");
        p.putObject("snapshot").put("type", "string").put("pattern", "^[^/\\\\].*\\.csv$")
                .put("description", "CSV path relative to the strategies directory");
        ObjectNode synthetic = object(p.putObject("synthetic"));
        synthetic.set("required", strings(List.of("subnets")));
        ObjectNode sp = synthetic.putObject("properties");
        integer(sp.putObject("subnets"), 1, Synthetic.MAX_SUBNETS);
        range(sp.putObject("taoReserveTao"), 0.001, Limits.MAX_TAO, Synthetic.DEFAULT_TAO_RESERVE);
        range(sp.putObject("priceTao"), 1e-9, 1_000, Synthetic.DEFAULT_PRICE);
        integer(sp.putObject("seed"), 0, Long.MAX_VALUE);
        number(p.putObject("rootStakeTao"), 0, Limits.MAX_TAO).put("default", NetworkSpec.DEFAULT_ROOT_STAKE_TAO);
        ObjectNode neurons = object(p.putObject("neurons")).putObject("properties");
        integer(neurons.putObject("validators"), 1, NetworkReader.MAX_VALIDATORS).put("default", 8);
        integer(neurons.putObject("miners"), 1, NetworkReader.MAX_MINERS).put("default", 16);
        ObjectNode quality = object(p.putObject("quality")).putObject("properties");
        number(quality.putObject("volatility"), 0, 1).put("default", 0.02);
        number(quality.putObject("meanReversion"), 0, 1).put("default", 0.001);
        n.set("oneOf", JSON.createArrayNode()
                .add(JSON.createObjectNode().set("required", strings(List.of("snapshot"))))
                .add(JSON.createObjectNode().set("required", strings(List.of("synthetic")))));
        return n;
    }

    private static ObjectNode honest() {
        ObjectNode h = object(JSON.createObjectNode());
        ObjectNode props = h.putObject("properties");
        for (AgentType t : AgentType.of(AgentRole.HONEST)) {
            ObjectNode group = object(props.putObject(t.id()));
            group.put("description", t.doc());
            group.set("required", strings(List.of("count")));
            ObjectNode gp = group.putObject("properties");
            integer(gp.putObject("count"), 0, PopulationSpec.HonestGroup.MAX_COUNT);
            params(gp, t);
        }
        props.putObject(AgentReader.INCLUDE).put("type", "string").put("pattern", "^[^/\\\\].*\\.yaml$")
                .put("description", "an honest population file inside the strategies directory; stands alone in the section");
        h.putObject("if").set("required", strings(List.of(AgentReader.INCLUDE)));
        h.putObject("then").put("maxProperties", 1);
        return h;
    }

    private static ObjectNode adversary() {
        ObjectNode a = object(JSON.createObjectNode());
        a.set("required", strings(List.of("id", "type", "target", "budgetTao")));
        ObjectNode p = a.putObject("properties");
        p.putObject("id").put("type", "string").put("pattern", "^[a-z0-9][a-z0-9-]{0,63}$");
        p.putObject("type").set("enum", strings(AgentType.ids(AgentRole.ADVERSARY)));
        integer(p.putObject("target"), 0, 65_535);
        number(p.putObject("budgetTao"), 0, Limits.MAX_TAO).put("exclusiveMinimum", 0).remove("minimum");
        durationString(p.putObject("start")).put("default", "0d");
        durationString(p.putObject("stop"));
        integer(p.putObject("coldkeys"), 1, AdversarySpec.MAX_COLDKEYS).put("default", 1);
        p.putObject("shielded").put("type", "boolean").put("default", false);
        p.putObject("params").put("type", "object");
        p.set("actions", scriptActions());
        ArrayNode rules = a.putArray("allOf");
        for (AgentType t : AgentType.of(AgentRole.ADVERSARY)) {
            ObjectNode rule = rules.addObject();
            rule.putObject("if").putObject("properties").putObject("type").put("const", t.id());
            ObjectNode thenNode = rule.putObject("then");
            if (t == AgentType.SCRIPT) {
                thenNode.set("required", strings(List.of("actions")));
            } else {
                thenNode.putObject("not").set("required", strings(List.of("actions")));
            }
            ObjectNode then = thenNode.putObject("properties");
            ObjectNode params = object(then.putObject("params"));
            params.put("description", t.doc());
            params(params.putObject("properties"), t);
        }
        return a;
    }

    private static ObjectNode scriptActions() {
        ObjectNode list = JSON.createObjectNode().put("type", "array").put("maxItems", AdversarySpec.MAX_ACTIONS)
                .put("description", "the actions of a script adversary, at offsets from the run start inside [start, stop)");
        ObjectNode item = object(list.putObject("items"));
        item.set("required", strings(List.of("at", "action")));
        ObjectNode p = item.putObject("properties");
        durationString(p.putObject("at"));
        p.putObject("action").set("enum", strings(ScriptAction.Kind.ids()));
        integer(p.putObject("netuid"), 1, 65_535).put("description", "default: the adversary's target");
        integer(p.putObject("toNetuid"), 1, 65_535).put("description", "move only");
        number(p.putObject("amountTao"), 0, Limits.MAX_TAO).put("exclusiveMinimum", 0).put("description", "stake only")
                .remove("minimum");
        number(p.putObject("fraction"), 0, 1).put("exclusiveMinimum", 0).put("default", 1)
                .put("description", "unstake and move: fraction of the key's position").remove("minimum");
        integer(p.putObject("coldkey"), 0, AdversarySpec.MAX_COLDKEYS - 1).put("default", 0);
        return list;
    }

    private static void params(ObjectNode properties, AgentType t) {
        for (ParamDef d : t.params()) {
            ObjectNode s = properties.putObject(d.name());
            s.put("description", d.doc());
            switch (d.kind()) {
                case NUMBER -> number(s, d.min(), d.max()).put("default", (Double) d.defaultValue());
                case INTEGER -> integer(s, (long) d.min(), (long) d.max()).put("default", (Long) d.defaultValue());
                case BOOLEAN -> s.put("type", "boolean").put("default", (Boolean) d.defaultValue());
                case ENUM -> {
                    s.set("enum", strings(d.choices()));
                    s.put("default", (String) d.defaultValue());
                }
            }
        }
    }

    private static ObjectNode exactlyOne(String a, String b) {
        ObjectNode n = JSON.createObjectNode();
        n.set("oneOf", JSON.createArrayNode()
                .add(JSON.createObjectNode().set("required", strings(List.of(a))))
                .add(JSON.createObjectNode().set("required", strings(List.of(b)))));
        return n;
    }

    private static ObjectNode object(ObjectNode n) {
        return n.put("type", "object").put("additionalProperties", false);
    }

    private static ObjectNode integer(ObjectNode n, long min, long max) {
        return n.put("type", "integer").put("minimum", min).put("maximum", max);
    }

    private static ObjectNode number(ObjectNode n, double min, double max) {
        return n.put("type", "number").put("minimum", min).put("maximum", max);
    }

    private static ObjectNode durationString(ObjectNode n) {
        return n.put("type", "string").put("pattern", DURATION).put("description", Durations.SYNTAX);
    }

    private static void range(ObjectNode n, double min, double max, NetworkSpec.Range def) {
        n.put("type", "array").put("minItems", 2).put("maxItems", 2).put("description", "[min, max]");
        number(n.putObject("items"), min, max);
        n.putArray("default").add(def.min()).add(def.max());
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = JSON.createArrayNode();
        values.forEach(a::add);
        return a;
    }
}
