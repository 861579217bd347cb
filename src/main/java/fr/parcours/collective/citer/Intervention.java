package fr.parcours.collective.citer;

/** The kinds of intervention whose avoided cost the economic register of CITER estimates. */
public enum Intervention {
    /** Damage to property prevented or repaired early (dégradations). */
    DAMAGE_REPAIRED,
    /** Police call-outs made unnecessary. */
    POLICE_CALLOUT,
    /** Emergency (fire brigade, ambulance) call-outs made unnecessary. */
    EMERGENCY_CALLOUT,
    /** Rental evictions avoided. */
    EVICTION,
    /** School drop-outs avoided. */
    SCHOOL_DROPOUT
}
