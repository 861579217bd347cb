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
 * A form field is written once, in fragments/fields.html (and the control it shares, fragments/field-control.html): no other template writes its own error message block
 * (invalid-feedback, th:errors) or its own buttons fragment, so the hand-written copies cannot come back.
 */
class FormFragmentsTests {

    private static final Path TEMPLATES = Path.of(System.getProperty("forms.templates", "src/main/resources/templates"));
    private static final Path FIELDS = Path.of("fragments", "fields.html");
    /** The control the text, textarea, number, date and select fragments share (its own file: see fields.html). */
    private static final Path CONTROL = Path.of("fragments", "field-control.html");
    private static final Pattern HAND_WRITTEN = Pattern.compile(
            "invalid-feedback|th:errors=|th:fragment=\"\\s*(?:buttons|actions)\\b");
    private static final Pattern FRAGMENT = Pattern.compile("th:fragment=\"(\\w+)");

    @Test
    void onlyTheFieldFragmentsWriteErrorBlocksAndButtons() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                Path template = TEMPLATES.relativize(file);
                if (template.equals(FIELDS) || template.equals(CONTROL)) {
                    continue;
                }
                String html = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                String[] lines = html.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher matcher = HAND_WRITTEN.matcher(lines[i]);
                    if (matcher.find()) {
                        offences.add(TEMPLATES.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(offences)
                .as("write form fields with ~{fragments/fields :: …} instead of by hand")
                .isEmpty();
    }

    @Test
    void theFieldFragmentsAreAllThere() throws IOException {
        Path fields = TEMPLATES.resolve(FIELDS);
        assertThat(fields).exists();
        List<String> names = FRAGMENT.matcher(Files.readString(fields, StandardCharsets.UTF_8)).results()
                .map(match -> match.group(1)).toList();
        assertThat(names).contains("text", "textarea", "number", "date", "select", "radios", "checkboxes",
                "checkbox", "error", "errors", "buttons");
    }
}
