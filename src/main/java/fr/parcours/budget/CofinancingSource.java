package fr.parcours.budget;

/** Who else pays part of an ingénierie (issue 15): the structure, the Region, the European Social Fund, another. */
public enum CofinancingSource {
    STRUCTURE, REGION, ESF, OTHER
}
