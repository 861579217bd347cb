package fr.parcours.council.draws;

/** The lists a residents' draw picks from: electoral roll, social landlords' tenant lists, volunteers, other. */
public enum DrawListKind {
    ELECTORAL_ROLL, LANDLORD_TENANTS, VOLUNTEERS, OTHER
}
