package fr.parcours.dla.mission;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The tripartite launch meeting of one mission. */
@Entity
@Table(name = "mission_launch_meeting")
public class LaunchMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private LocalDate meetingDate;
    private String structureParticipants;
    private String dlaParticipants;
    private String consultantParticipants;
    private String agreedSchedule;
    private String recordedBy;
    private Instant recordedAt;

    protected LaunchMeeting() {
    }

    LaunchMeeting(long missionId, LaunchMeetingMinutes minutes, Instant at) {
        this.missionId = missionId;
        this.meetingDate = minutes.date();
        this.structureParticipants = minutes.structureParticipants();
        this.dlaParticipants = minutes.dlaParticipants();
        this.consultantParticipants = minutes.consultantParticipants();
        this.agreedSchedule = minutes.agreedSchedule();
        this.recordedBy = minutes.recordedBy();
        this.recordedAt = at;
    }

    public long getMissionId() {
        return missionId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getStructureParticipants() {
        return structureParticipants;
    }

    public String getDlaParticipants() {
        return dlaParticipants;
    }

    public String getConsultantParticipants() {
        return consultantParticipants;
    }

    public String getAgreedSchedule() {
        return agreedSchedule;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
