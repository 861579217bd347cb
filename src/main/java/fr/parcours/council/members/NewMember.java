package fr.parcours.council.members;

import java.time.LocalDate;

/** A member joining a council: the only personal data kept is the name, the college and the gender. */
public record NewMember(String fullName, College college, Gender gender, LocalDate joinedOn) {
}
