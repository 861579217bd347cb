package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a user reads comes from the message bundles: a template with literal text (or a literal
 * placeholder, title, alt or aria-label) would show French to English readers or vice versa.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\s(placeholder|title|alt|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");

    @Test
    void templatesCarryNoLiteralText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file, StandardCharsets.UTF_8)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<style.*?</style>", "");
                for (String text : html.replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n").split("\n")) {
                    if (LETTER.matcher(text).find()) {
                        offences.add(TEMPLATES.relativize(file) + ": text \"" + text.strip() + "\"");
                    }
                }
                Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
                while (attribute.find()) {
                    if (!isMachineValue(attribute.group(1), attribute.group(2))) {
                        offences.add(TEMPLATES.relativize(file) + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                    }
                }
            }
        }
        assertThat(offences).as("literal text in templates; use th:text=\"#{…}\"").isEmpty();
    }

    /** Form values such as enum names are not for reading. */
    private static boolean isMachineValue(String attribute, String value) {
        return attribute.equals("value") && value.matches("[A-Z0-9_]+|true|false");
    }
}
