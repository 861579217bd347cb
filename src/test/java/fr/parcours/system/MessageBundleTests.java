package fr.parcours.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The French and English bundles carry the same keys, so no page falls back to the other language. */
class MessageBundleTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyFrenchKeyHasAnEnglishTranslationAndBackwards() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path french : files.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().contains("_"))
                    .filter(path -> !path.getFileName().toString().startsWith("application"))
                    .toList()) {
                Path english = french.resolveSibling(french.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(english).as("English bundle of " + french).exists();
                assertThat(keys(english)).as("keys of " + english).isEqualTo(keys(french));
            }
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
