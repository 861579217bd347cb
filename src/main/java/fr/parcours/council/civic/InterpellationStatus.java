package fr.parcours.council.civic;

/** Sent and waiting; answered; or closed by the council as left without an answer. */
public enum InterpellationStatus {
    SENT,
    ANSWERED,
    NO_ANSWER
}
