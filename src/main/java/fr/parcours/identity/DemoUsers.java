package fr.parcours.identity;

/** Demo accounts (fictional people), created only in demo mode; listed in the README. */
public final class DemoUsers {

    public static final String PASSWORD = "parcours-demo";

    public static final String ADMIN = "admin";
    /** DLA officer of Alpes-Maritimes (06), accompanies PAJE. */
    public static final String OFFICER_NICE = "camille.roux";
    /** DLA officer of the Nord (59). */
    public static final String OFFICER_LILLE = "julien.marchand";
    /** Consultant of France Médiation. */
    public static final String CONSULTANT = "ines.fabre";
    /** Coordinator (MRA) of Hauts-de-France. */
    public static final String COORDINATOR_LILLE = "nadia.lemaire";
    /** Facilitator of a Paris conseil citoyen (Optima). */
    public static final String FACILITATOR_PARIS = "karim.haddad";
    /** National auditor of a funder. */
    public static final String AUDITOR = "helene.vasseur";

    private DemoUsers() {
    }
}
