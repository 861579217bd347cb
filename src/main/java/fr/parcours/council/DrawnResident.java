package fr.parcours.council;

/** A drawn person who accepted: they join the residents' college, so their name and gender are kept. */
public record DrawnResident(String fullName, Gender gender) {
}
