package fr.parcours.council.members.web;

import fr.parcours.council.members.College;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A member joining: name, college, gender (for the residents' parity) and the date they joined. */
public class MemberFormData {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @NotNull
    private College college;

    @NotNull
    private Gender gender;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    NewMember toNewMember() {
        return new NewMember(fullName.strip(), college, gender, joinedOn);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public College getCollege() {
        return college;
    }

    public void setCollege(College college) {
        this.college = college;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
