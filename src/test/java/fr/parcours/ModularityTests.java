package fr.parcours;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
     * Camunda 7's community line ended with 7.24: only the plug-in points in {@code system} and {@code identity}
     * may touch the engine's internal {@code impl} packages, so that moving to an API-compatible fork of the
     * engine is a rename, not a rewrite.
     */
    @Test
    void onlySystemAndIdentityTouchTheEnginesInternals() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.parcours");
        noClasses().that().resideOutsideOfPackages("fr.parcours.system..", "fr.parcours.identity..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .check(classes);
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
