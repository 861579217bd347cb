package fr.parcours;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each direct sub-package of {@code fr.parcours} is a module: others may use the types at its root and in its
 * named interfaces only, and no module depends on itself through others.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ParcoursApplication.class);
    static final Path DOCS = Path.of("docs", "modules");

    @Test
    void modulesUseEachOtherThroughTheirApiOnlyAndFormNoCycle() {
        MODULES.verify();
    }

    /**
     * The module diagrams and canvases the README links to, written afresh so that they follow the code. The
     * documenter lists relations and bean references in hash order: sorting each list keeps unchanged modules'
     * files unchanged.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                Files.write(file, sortedLists(Files.readAllLines(file)));
            }
        }
    }

    /** Every run of diagram elements, relations or list items, sorted; a table cell's "|" stays first. */
    private static List<String> sortedLists(List<String> lines) {
        List<String> sorted = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            String kind = listKind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(listKind(lines.get(end)))
                    && !lines.get(end).startsWith("|")) {
                end++;
            }
            List<String> run = new ArrayList<>(lines.subList(start, end));
            boolean cell = run.get(0).startsWith("|");
            run.set(0, cell ? run.get(0).substring(1) : run.get(0));
            run.sort(null);
            run.set(0, cell ? "|" + run.get(0) : run.get(0));
            sorted.addAll(run);
            start = end;
        }
        return sorted;
    }

    private static String listKind(String line) {
        String item = line.startsWith("|") ? line.substring(1) : line;
        for (String kind : List.of("  Component(", "Rel(", "* `")) {
            if (item.startsWith(kind)) {
                return kind;
            }
        }
        return null;
    }
}
