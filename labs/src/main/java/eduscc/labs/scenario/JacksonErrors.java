package eduscc.labs.scenario;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the parser's exceptions into sentences with the file and the field path, the way a
 * lecturer would point at the line: {@code lab.json: cores[0].tasks[1].prio: unknown field; a task
 * has: name, priority, steps}. Nothing of Jackson's own wording or stack reaches the user.
 */
final class JacksonErrors {
    private static final int LONGEST_NAME = 40;

    private JacksonErrors() {
    }

    static ScenarioException rephrase(String file, JsonProcessingException e) {
        StreamReadException syntax = syntaxCause(e);
        if (syntax != null) {
            return syntaxError(file, syntax, e instanceof JsonMappingException wrapper ? path(wrapper.getPath()) : null);
        }
        if (e instanceof StreamConstraintsException limit) {
            return new ScenarioException(file, "", tooLarge(limit));
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new ScenarioException(file, "", "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        }
        String path = path(mapping.getPath());
        if (e instanceof UnrecognizedPropertyException unknown) {
            List<String> known = sorted(unknown.getKnownPropertyIds());
            return new ScenarioException(file, path, "unknown field; " + describe(unknown.getReferringClass())
                + (known.isEmpty() ? " has no fields" : " has: " + String.join(", ", known)));
        }
        if (e instanceof InvalidTypeIdException badType) {
            String known = String.join(", ", typeNames(badType.getBaseType().getRawClass()));
            return badType.getTypeId() == null
                ? new ScenarioException(file, path, "missing \"type\"; a step is one of: " + known)
                : new ScenarioException(file, join(path, "type"), "unknown step type \"" + badType.getTypeId()
                    + "\"; the kit has: " + known);
        }
        if (e instanceof ValueInstantiationException refused) {
            Throwable cause = refused.getCause();
            if (cause instanceof FieldError field) {
                return new ScenarioException(file, join(path, field.field()), field.problem());
            }
            return new ScenarioException(file, path, cause == null ? "invalid value" : String.valueOf(cause.getMessage()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new ScenarioException(file, path, "expected " + expected(mismatch.getTargetType())
                + ", got " + found(mismatch));
        }
        return new ScenarioException(file, path, firstLine(mapping.getOriginalMessage()));
    }

    /** The parser's own complaint, if it is one: the mapper wraps it when it breaks inside an object. */
    private static StreamReadException syntaxCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax && !(t instanceof JsonMappingException)
                && !(t instanceof StreamConstraintsException)) {
                return syntax;
            }
        }
        return null;
    }

    /**
     * The parser's guards against hostile files (nesting depth, length of one text or number): a
     * lab never comes near them, so the file is not a lab; say which guard, not Jackson's words.
     */
    private static String tooLarge(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "nested more than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                + " levels deep; a lab is a few levels of objects and lists";
        }
        return "too large for a lab (" + firstLine(message) + ")";
    }

    /** Broken JSON: where it broke, and in which field if the parser got that far. */
    private static ScenarioException syntaxError(String file, StreamReadException e, String mappedPath) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
        String path = mappedPath == null ? "" : mappedPath;
        JsonParser parser = e.getProcessor();
        if (path.isEmpty() && parser != null && parser.getParsingContext() != null) {
            path = pointerToPath(parser.getParsingContext().pathAsPointer());
        }
        return new ScenarioException(file, path, where + "not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
    }

    /** Jackson's reference chain as {@code cores[0].tasks[2].priority}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(shown(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                text.append('[').append(ref.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    /**
     * A field name as an error message shows it: a name longer than {@link #LONGEST_NAME} (a cut
     * through a file can make a whole description into one) shows only its start.
     */
    static String shown(String name) {
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME) + "...";
    }

    private static String pointerToPath(JsonPointer pointer) {
        StringBuilder text = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                text.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(shown(p.getMatchingProperty()));
            }
        }
        return text.toString();
    }

    private static String join(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    private static List<String> sorted(Collection<Object> ids) {
        TreeSet<String> names = new TreeSet<>();
        ids.forEach(id -> names.add(String.valueOf(id)));
        return List.copyOf(names);
    }

    /** The names a polymorphic type accepts, from its own annotation: the kit's fixed list. */
    private static List<String> typeNames(Class<?> base) {
        JsonSubTypes types = base.getAnnotation(JsonSubTypes.class);
        return types == null ? List.of() : Arrays.stream(types.value()).map(JsonSubTypes.Type::name).sorted().toList();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "this object";
        }
        if (type.getEnclosingClass() == Step.class) {
            return "a \"" + stepName(type) + "\" step";
        }
        return switch (type.getSimpleName()) {
            case "Scenario" -> "a lab";
            case "MachinePart" -> "\"machine\"";
            case "KernelPart" -> "\"kernel\"";
            case "CoreTasks" -> "a core's entry";
            case "TaskSpec" -> "a task";
            case "Breakpoint" -> "a breakpoint";
            case "NarrationStep" -> "a narration step";
            default -> "this object";
        };
    }

    /** The {@code "type"} a file gives a step of this record, e.g. "semWait". */
    private static String stepName(Class<?> type) {
        for (JsonSubTypes.Type sub : Step.class.getAnnotation(JsonSubTypes.class).value()) {
            if (sub.value() == type) {
                return sub.name();
            }
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [..]";
        }
        return "an object {..}";
    }

    /** What the file held where the parser stopped. */
    private static String found(MismatchedInputException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "something else";
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        try {
            return switch (token) {
                case VALUE_STRING -> "\"" + parser.getText() + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
                case VALUE_TRUE, VALUE_FALSE -> parser.getText();
                case VALUE_NULL -> "null";
                case START_ARRAY, END_ARRAY -> "a list";
                case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
                default -> token.asString() == null ? token.name() : token.asString();
            };
        } catch (java.io.IOException unreadable) {
            return "something unreadable";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).trim();
        return JACKSON_SOURCE.matcher(line).replaceAll("line $1, column $2");
    }

    /**
     * Jackson names a location as {@code [Source: REDACTED (...); line: 1, column: 1]}; the file is
     * named at the front of every error already, so only the line and column are worth keeping.
     */
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
}
