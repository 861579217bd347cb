package fr.parcours.council.activity;

/** The three axes of a facilitator's work (docs/domain.md#the-facilitators-three-axes), in the order of the activity sheet. */
public enum ActivityAxis {
    /** 1. Mobilise inhabitants' participation. */
    MOBILISATION,
    /** 2. Support the participative dynamic: facilitate exchanges, bring out expectations in meetings. */
    PARTICIPATION,
    /** 3. Help carry out the council's actions: logistic and administrative support. */
    COUNCIL_ACTIONS
}
