package fr.parcours.collective.adultesrelais;

/** Where an adulte-relais agreement stands. */
public enum AgreementStatus {
    ACTIVE, RENEWED, MADE_PERMANENT, ENDED;

    public boolean isOpen() {
        return this == ACTIVE || this == RENEWED;
    }
}
