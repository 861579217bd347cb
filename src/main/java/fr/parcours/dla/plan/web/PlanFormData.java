package fr.parcours.dla.plan.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.plan.PlanAxis;
import fr.parcours.dla.plan.PlanDraft;
import fr.parcours.dla.plan.Treatment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The plan: up to {@value #ROWS} axes in priority order (first row first). Blank rows are ignored; a row
 * that is started needs a title and a treatment; at least one axis.
 */
public class PlanFormData {

    static final int ROWS = 8;

    @Valid
    @Size(max = ROWS)
    private List<Row> axes = new ArrayList<>(ROWS);

    public PlanFormData() {
        while (axes.size() < ROWS) {
            axes.add(new Row());
        }
    }

    /** The current revision's axes, to amend them after the comité d'appui. */
    static PlanFormData of(List<PlanAxis> current) {
        PlanFormData form = new PlanFormData();
        for (int i = 0; i < current.size() && i < ROWS; i++) {
            PlanAxis axis = current.get(i);
            Row row = form.axes.get(i);
            row.setTitle(axis.getTitle());
            row.setDescription(axis.getDescription());
            row.setTreatment(axis.getTreatment());
        }
        return form;
    }

    /** Rules across fields: a started row is complete, and the plan has at least one axis. */
    void validateRows(Errors errors) {
        if (errors.hasFieldErrors("axes")) {
            return;
        }
        int filled = 0;
        for (int i = 0; i < axes.size(); i++) {
            Row row = axes.get(i);
            if (row.isBlank()) {
                continue;
            }
            filled++;
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                errors.rejectValue("axes[" + i + "].title", "NotBlank");
            }
            if (row.getTreatment() == null && !errors.hasFieldErrors("axes[" + i + "].treatment")) {
                errors.rejectValue("axes[" + i + "].treatment", "NotNull");
            }
        }
        if (filled == 0) {
            errors.rejectValue("axes", "AtLeastOneAxis");
        }
    }

    PlanDraft toDraft(String userId) {
        return new PlanDraft(axes.stream().filter(row -> !row.isBlank())
                .map(row -> new PlanDraft.AxisDraft(row.getTitle().strip(),
                        Texts.optional(row.getDescription()),
                        row.getTreatment()))
                .toList(), userId);
    }

    public List<Row> getAxes() {
        return axes;
    }

    public void setAxes(List<Row> axes) {
        this.axes = axes;
    }

    /** One axis: what to work on, and how. */
    public static class Row {

        @Size(max = 200)
        private String title;

        @Size(max = 2000)
        private String description;

        private Treatment treatment;

        boolean isBlank() {
            return (title == null || title.isBlank()) && (description == null || description.isBlank())
                    && treatment == null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Treatment getTreatment() {
            return treatment;
        }

        public void setTreatment(Treatment treatment) {
            this.treatment = treatment;
        }
    }
}
