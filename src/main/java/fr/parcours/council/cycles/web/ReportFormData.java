package fr.parcours.council.cycles.web;

import fr.parcours.council.cycles.CycleReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The report that closes a cycle. */
public class ReportFormData extends TimedTaskFormData {

    @NotBlank
    @Size(max = 4000)
    private String report;

    CycleReport toReport(String userId) {
        return new CycleReport(report.strip(), userId);
    }

    public String getReport() {
        return report;
    }

    public void setReport(String report) {
        this.report = report;
    }
}
