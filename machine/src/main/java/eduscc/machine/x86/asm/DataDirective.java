package eduscc.machine.x86.asm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code db}, {@code dw}, {@code dd} and {@code dq}: data written into the program as it stands,
 * such as a GDT, a pseudo-descriptor for LGDT, or a message.
 *
 * <p>Each comma-separated item is a value stored little-endian in 1, 2, 4 or 8 bytes, or a quoted
 * string stored as its characters (UTF-8) and padded with zeros to a whole number of items, as NASM
 * does. A string inside an expression ({@code db 'a'+1}) is a character constant instead.
 */
final class DataDirective {
    private DataDirective() {
    }

    static byte[] emit(String keyword, List<List<Token>> items, Site site) {
        int width = switch (keyword) {
            case "db" -> 1;
            case "dw" -> 2;
            case "dd" -> 4;
            default -> 8;
        };
        if (items.isEmpty()) {
            throw site.error("'" + keyword + "' needs at least one value");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (List<Token> item : items) {
            if (item.size() == 1 && item.get(0).kind() == Token.Kind.STRING) {
                byte[] text = item.get(0).text().getBytes(StandardCharsets.UTF_8);
                out.writeBytes(text);
                for (int pad = text.length; pad % width != 0; pad++) {
                    out.write(0);
                }
                continue;
            }
            Value value = site.value(item);
            if (value.known() && !value.fits(width * 8)) {
                site.problem("value " + value.shown() + " does not fit in " + width * 8 + " bits");
            }
            for (int i = 0; i < width; i++) {
                out.write((int) (value.number() >>> (8 * i)) & 0xFF);
            }
        }
        return out.toByteArray();
    }
}
