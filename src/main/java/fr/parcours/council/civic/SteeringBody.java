package fr.parcours.council.civic;

/** The steering bodies of the contrat de ville where the council has its seats. */
public enum SteeringBody {
    STEERING_COMMITTEE,
    TECHNICAL_COMMITTEE,
    /** Any other body (working group, annual review…), named by the user. */
    OTHER
}
