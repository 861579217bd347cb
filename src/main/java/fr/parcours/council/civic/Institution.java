package fr.parcours.council.civic;

/** The kind of institution an interpellation is sent to; the addressee names it precisely. */
public enum Institution {
    DISTRICT_TOWN_HALL,
    TOWN_HALL,
    PREFECTURE,
    SOCIAL_LANDLORD,
    INTERMUNICIPALITY,
    DEPARTMENT,
    OTHER
}
