package fr.parcours.council.draws;

import fr.parcours.council.members.Gender;

/** A drawn person who accepted: they join the residents' college, so their name and gender are kept. */
public record DrawnResident(String fullName, Gender gender) {
}
