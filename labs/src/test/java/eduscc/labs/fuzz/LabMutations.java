package eduscc.labs.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a lab file, as a careless or hostile student would make them: at the level
 * of the JSON tree (a field removed, a value of the wrong type or out of range, an array emptied
 * or an element duplicated, an unknown field, a value nested thousands deep) and at the level of
 * the bytes (a byte changed, which may break the UTF-8; a span cut, doubled or the file truncated).
 */
final class LabMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP = "@@nested-arrays@@";

    /** A mutant and what was done to make it, for a failure message. */
    record Mutant(String how, byte[] bytes) { }

    private LabMutations() {
    }

    static Mutant mutate(Random random, byte[] original) throws java.io.IOException {
        if (random.nextInt(3) == 0) {
            return bytes(random, original);
        }
        JsonNode root = JSON.readTree(original);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        String how = "";
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            how += tree(random, containers.get(random.nextInt(containers.size()))) + "; ";
        }
        return new Mutant(how, deepen(JSON.writeValueAsString(root)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Jackson will not write a tree nested over 1000 deep, so a deep value goes in as a marker
     * string and becomes {@code [[[...1...]]]} in the text.
     */
    private static String deepen(String json) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + DEEP + "(\\d+)\"").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int depth = Integer.parseInt(m.group(1));
            m.appendReplacement(out, "[".repeat(depth) + "1" + "]".repeat(depth));
        }
        return m.appendTail(out).toString();
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private static String tree(Random random, JsonNode container) {
        if (container.isEmpty()) {
            return "nothing in an empty container";
        }
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(random.nextBoolean() ? name + "x" : "unknownField", strange(random));
                default -> object.set(name, strange(random));
            }
            return "field " + name;
        }
        ArrayNode array = (ArrayNode) container;
        int index = random.nextInt(array.size());
        switch (random.nextInt(4)) {
            case 0 -> array.remove(index);
            case 1 -> array.add(array.get(index).deepCopy());
            case 2 -> array.removeAll();
            default -> array.set(index, strange(random));
        }
        return "element " + index;
    }

    /** A value of the wrong type, out of range, huge, or absurdly nested. */
    private static JsonNode strange(Random random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.numberNode(-1);
            case 1 -> NODES.numberNode(0);
            case 2 -> NODES.numberNode(Integer.MAX_VALUE + 1L);
            case 3 -> NODES.numberNode(Long.MIN_VALUE);
            case 4 -> NODES.numberNode(1e300);
            case 5 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 6 -> NODES.numberNode(2.5);
            case 7 -> NODES.nullNode();
            case 8 -> NODES.textNode("");
            case 9 -> NODES.textNode("x".repeat(random.nextInt(100_000)));
            case 10 -> NODES.textNode("\u0000\uFFFF\uD800");
            case 11 -> NODES.booleanNode(random.nextBoolean());
            case 12 -> NODES.objectNode();
            default -> NODES.textNode(DEEP + random.nextInt(3000));
        };
    }

    private static Mutant bytes(Random random, byte[] original) {
        int at = random.nextInt(original.length);
        int span = 1 + random.nextInt(Math.min(40, original.length - at));
        return switch (random.nextInt(4)) {
            case 0 -> {
                byte[] b = original.clone();
                b[at] = (byte) random.nextInt(256);
                yield new Mutant(String.format("byte %d set to 0x%02X", at, b[at] & 0xFF), b);
            }
            case 1 -> {
                byte[] b = new byte[original.length - span];
                System.arraycopy(original, 0, b, 0, at);
                System.arraycopy(original, at + span, b, at, b.length - at);
                yield new Mutant(span + " bytes cut at " + at, b);
            }
            case 2 -> {
                byte[] b = new byte[original.length + span];
                System.arraycopy(original, 0, b, 0, at + span);
                System.arraycopy(original, at, b, at + span, original.length - at);
                yield new Mutant(span + " bytes doubled at " + at, b);
            }
            default -> new Mutant("truncated to " + at + " bytes", Arrays.copyOf(original, at));
        };
    }

    static String preview(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
