package fr.parcours.organisation;

/** A structure with this SIRET is already registered: the officer should pick it instead. */
public class SiretTakenException extends RuntimeException {

    public SiretTakenException(String siret) {
        super("SIRET already registered: " + siret);
    }
}
