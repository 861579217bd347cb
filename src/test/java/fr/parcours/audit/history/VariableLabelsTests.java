package fr.parcours.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every process variable an auditor can meet in a case's history has a label in both languages: the history shows
 * the label beside the engine's name. The variables are the {@code VAR_…} constants of the process classes, but the
 * form data, which travels as a transient variable and never reaches the history.
 */
class VariableLabelsTests {

    private static final Pattern VARIABLE = Pattern.compile("VAR_[A-Z_]+ = \"(\\w+)\"");

    @Test
    void everyProcessVariableHasAFrenchAndAnEnglishLabel() throws IOException {
        Set<String> variables = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher constant = VARIABLE.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (constant.find()) {
                    variables.add(constant.group(1));
                }
            }
        }
        variables.remove("submission");
        assertThat(variables).contains("eligible", "councilId", "collectiveId", "agreementId");
        for (String bundle : new String[] {"audit.properties", "audit_en.properties"}) {
            Set<String> labelled = labels(Path.of("src/main/resources/i18n", bundle));
            assertThat(labelled).as(bundle).containsAll(variables);
        }
    }

    private static Set<String> labels(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> labelled = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("audit.variable.")) {
                labelled.add(key.substring("audit.variable.".length()));
            }
        }
        return labelled;
    }
}
