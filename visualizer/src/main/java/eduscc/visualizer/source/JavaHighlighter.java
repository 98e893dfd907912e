package eduscc.visualizer.source;

import java.util.Collection;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Java syntax colouring for the source view: keywords, strings, comments, numbers (style classes). */
final class JavaHighlighter {
    private static final String KEYWORDS = "\\b(abstract|boolean|break|case|catch|class|default|do|double|else|enum|"
        + "extends|final|finally|for|if|implements|import|instanceof|int|interface|long|new|package|private|"
        + "protected|public|record|return|static|super|switch|this|throw|throws|try|var|void|while|yield|true|false|null)\\b";
    private static final Pattern PATTERN = Pattern.compile(
        "(?<KEYWORD>" + KEYWORDS + ")|(?<STRING>\"([^\"\\\\]|\\\\.)*\")|(?<COMMENT>//[^\\n]*|/\\*(.|\\R)*?\\*/)"
            + "|(?<NUMBER>\\b(0x[0-9A-Fa-f_]+|\\d[\\d_]*)L?\\b)");

    private JavaHighlighter() {
    }

    static StyleSpans<Collection<String>> highlight(String text) {
        Matcher m = PATTERN.matcher(text);
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int last = 0;
        while (m.find()) {
            String style = m.group("KEYWORD") != null ? "keyword" : m.group("STRING") != null ? "string"
                : m.group("COMMENT") != null ? "comment" : "number";
            spans.add(Collections.emptyList(), m.start() - last);
            spans.add(Collections.singleton(style), m.end() - m.start());
            last = m.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }
}
