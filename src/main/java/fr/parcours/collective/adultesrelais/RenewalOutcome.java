package fr.parcours.collective.adultesrelais;

/** What the structure plans for a post whose agreement ends: renew it, make it a permanent job, or let it end. */
public enum RenewalOutcome {
    RENEW, MAKE_PERMANENT, END
}
