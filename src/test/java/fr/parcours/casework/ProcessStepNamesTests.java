package fr.parcours.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every named step of every process has a French and an English label, and the French label is the BPMN name: a
 * step renamed in the model but not in the bundle fails here instead of showing its old name to French readers.
 */
class ProcessStepNamesTests {

    private static final Path PROCESSES = Path.of("processes");

    private final StepNames names = new StepNames(bundle());

    @Test
    void everyNamedStepHasAFrenchLabelEqualToItsBpmnNameAndAnEnglishOne() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path file : models()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (Process process : model.getModelElementsByType(Process.class)) {
                for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                    if (node.getName() == null || !process.equals(processOf(node))) {
                        continue;
                    }
                    String where = file.getFileName() + " " + node.getId();
                    String key = StepNames.key(process.getId(), node.getId());
                    assertThat(names.name(process.getId(), node.getId(), null, Locale.FRENCH)).as(where + " (fr)")
                            .isEqualTo(node.getName());
                    String english = names.name(process.getId(), node.getId(), null, Locale.ENGLISH);
                    assertThat(english).as(where + " (en)").isNotEqualTo(node.getId()).isNotEqualTo(node.getName())
                            .isNotBlank();
                    checked.add(key);
                }
            }
        }
        assertThat(checked).contains("step.dla-individual.Task_DraftPlan", "step.dla-collective.Task_HoldSession",
                "step.council-cycle.Task_HoldMeeting", "step.adulte-relais-agreement.Task_PlanRenewal",
                "step.dla-individual.SubProcess_Engineering", "step.dla-individual.Gateway_Eligible",
                "step.dla-collective.BoundaryEvent_PlannedDurationOver");
    }

    @Test
    void aStepWithoutALabelKeepsTheEngineName() {
        assertThat(names.name("dla-individual", "Task_Unknown", "Étape d'essai", Locale.ENGLISH))
                .isEqualTo("Étape d'essai");
        assertThat(names.name("dla-individual", "Task_Unknown", null, Locale.ENGLISH)).isEqualTo("Task_Unknown");
        assertThat(names.name(null, "Task_DraftPlan", "Élaborer", Locale.ENGLISH)).isEqualTo("Élaborer");
        assertThat(names.name("dla-individual", "Task_DraftPlan", "x", Locale.ENGLISH))
                .isEqualTo("Draw up the accompaniment plan");
        assertThat(names.name("dla-individual", "Task_DraftPlan", "x", Locale.FRENCH))
                .isEqualTo("Élaborer le plan d'accompagnement");
    }

    @Test
    void outsideARequestTheNameIsFrenchWhateverTheMachinesLanguage() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            LocaleContextHolder.resetLocaleContext();
            assertThat(names.name("dla-individual", "Task_DraftPlan", "x")).isEqualTo("Élaborer le plan d'accompagnement");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(names.name("dla-individual", "Task_DraftPlan", "x")).isEqualTo("Draw up the accompaniment plan");
        } finally {
            LocaleContextHolder.resetLocaleContext();
            Locale.setDefault(machine);
        }
    }

    @Test
    void theProcessKeyIsReadFromTheDefinitionId() {
        assertThat(StepNames.processKeyOf("dla-individual:3:8f2c")).isEqualTo("dla-individual");
        assertThat(StepNames.processKeyOf("8f2c")).isNull();
        assertThat(StepNames.processKeyOf(null)).isNull();
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> models = files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList();
            assertThat(models).hasSizeGreaterThanOrEqualTo(4);
            return models;
        }
    }

    private static Process processOf(FlowNode node) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = node.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return (Process) parent;
    }

    /** The bundle as the app reads it (application.yml: message format always applied, no system locale). */
    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/process-steps");
        source.setDefaultEncoding("UTF-8");
        source.setAlwaysUseMessageFormat(true);
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
