package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds a field the kit does not know before any record is built, walking the file's tree next to
 * the records it will become. A typo such as {@code "prio"} is then reported as what it is, an
 * unknown field, instead of as the missing {@code "priority"} the record would complain about
 * first (the mapper builds a record before it reports the stray fields around it).
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static void check(String file, JsonNode node, Class<?> type, String path) {
        if (node == null || !node.isObject() || !type.isRecord() && type != Step.class) {
            return;
        }
        Class<?> record = type == Step.class ? stepType(node.get("type")) : type;
        if (record == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path.isEmpty() ? JacksonErrors.shown(field.getKey()) : path + "." + JacksonErrors.shown(field.getKey());
            if (type == Step.class && field.getKey().equals("type")) {
                continue;
            }
            RecordComponent component = component(record, field.getKey());
            if (component == null) {
                List<String> known = names(record);
                throw new ScenarioException(file, at, "unknown field; " + JacksonErrors.describe(record)
                    + (known.isEmpty() ? " has no fields" : " has: " + String.join(", ", known)));
            }
            checkValue(file, field.getValue(), component.getGenericType(), at);
        }
    }

    private static void checkValue(String file, JsonNode value, Type type, String path) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class && value.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                checkValue(file, value.get(i), element, path + "[" + i + "]");
            }
        } else if (type instanceof Class<?> c) {
            check(file, value, c, path);
        }
    }

    /** The record a step's {@code "type"} names; null if it names none (the mapper says so then). */
    private static Class<?> stepType(JsonNode typeId) {
        if (typeId == null || !typeId.isTextual()) {
            return null;
        }
        for (JsonSubTypes.Type sub : Step.class.getAnnotation(JsonSubTypes.class).value()) {
            if (sub.name().equals(typeId.asText())) {
                return sub.value();
            }
        }
        return null;
    }

    private static RecordComponent component(Class<?> record, String jsonName) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (jsonName(c).equals(jsonName)) {
                return c;
            }
        }
        return null;
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value();
    }

    private static List<String> names(Class<?> record) {
        TreeSet<String> names = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(jsonName(c));
        }
        return List.copyOf(names);
    }
}
