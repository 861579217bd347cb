package fr.parcours.dla.mission.web;

import fr.parcours.dla.mission.LaunchMeetingMinutes;
import fr.parcours.dla.mission.MissionContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The tripartite launch meeting: when, who came for each party, and the schedule agreed. */
public class LaunchMeetingFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 500)
    private String structureParticipants;

    @NotBlank
    @Size(max = 500)
    private String dlaParticipants;

    @NotBlank
    @Size(max = 500)
    private String consultantParticipants;

    @NotBlank
    @Size(max = 4000)
    private String agreedSchedule;

    /** The meeting was held: not in the future, and not before the accompaniment was opened. */
    void validate(Errors errors, MissionContext context, LocalDate today) {
        MissionDates.check(errors, "date", date, context.accompanimentOpenedOn(), "mission.date-before-accompaniment",
                today);
    }

    LaunchMeetingMinutes toMinutes(String userId) {
        return new LaunchMeetingMinutes(date, structureParticipants.strip(), dlaParticipants.strip(),
                consultantParticipants.strip(), agreedSchedule.strip(), userId);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStructureParticipants() {
        return structureParticipants;
    }

    public void setStructureParticipants(String structureParticipants) {
        this.structureParticipants = structureParticipants;
    }

    public String getDlaParticipants() {
        return dlaParticipants;
    }

    public void setDlaParticipants(String dlaParticipants) {
        this.dlaParticipants = dlaParticipants;
    }

    public String getConsultantParticipants() {
        return consultantParticipants;
    }

    public void setConsultantParticipants(String consultantParticipants) {
        this.consultantParticipants = consultantParticipants;
    }

    public String getAgreedSchedule() {
        return agreedSchedule;
    }

    public void setAgreedSchedule(String agreedSchedule) {
        this.agreedSchedule = agreedSchedule;
    }
}
