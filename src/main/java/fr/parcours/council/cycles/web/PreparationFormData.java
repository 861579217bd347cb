package fr.parcours.council.cycles.web;

import fr.parcours.council.cycles.MeetingPreparation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting as prepared with the council: date, agenda co-built, invitations, room booked. */
public class PreparationFormData extends TimedTaskFormData {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedOn;

    @NotBlank
    @Size(max = 4000)
    private String agenda;

    private boolean invitationsSent;

    @NotBlank
    @Size(max = 200)
    private String room;

    MeetingPreparation toPreparation(String userId) {
        return new MeetingPreparation(plannedOn, agenda.strip(), invitationsSent, room.strip(), userId);
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(LocalDate plannedOn) {
        this.plannedOn = plannedOn;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public boolean isInvitationsSent() {
        return invitationsSent;
    }

    public void setInvitationsSent(boolean invitationsSent) {
        this.invitationsSent = invitationsSent;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
