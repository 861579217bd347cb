package fr.parcours.council.members;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A member of a council, with the minimal personal data loi Lamy needs: college and gender. */
@Entity
@Table(name = "council_member")
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private College college;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    private LocalDate joinedOn;
    private LocalDate leftOn;
    /** Set once the member's personal data was erased on request (RGPD); the name is gone then. */
    private LocalDate erasedOn;
    /** The draw by lot that brought a resident in, if they came from one. */
    private Long drawId;

    protected CouncilMember() {
    }

    CouncilMember(long councilId, String fullName, College college, Gender gender, LocalDate joinedOn) {
        this.councilId = councilId;
        this.fullName = fullName;
        this.college = college;
        this.gender = gender;
        this.joinedOn = joinedOn;
    }

    CouncilMember(long councilId, NewMember request, Long drawId) {
        this(councilId, request.fullName(), request.college(), request.gender(), request.joinedOn());
        this.drawId = drawId;
    }

    public void leave(LocalDate on) {
        this.leftOn = on;
    }

    /**
     * Erasure keeps an anonymous tombstone: college and gender (parity counts) and the membership dates (who was
     * expected at past meetings), linked to nothing personal; an active member leaves on that day.
     */
    public void erase(LocalDate on) {
        this.fullName = null;
        this.erasedOn = on;
        if (leftOn == null) {
            leftOn = on.isBefore(joinedOn) ? joinedOn : on;
        }
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public String getFullName() {
        return fullName;
    }

    public College getCollege() {
        return college;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public Long getDrawId() {
        return drawId;
    }
}
