package fr.parcours.collective.deliverables;

/** The five registers of France Médiation's CITER evaluation referential (docs/domain.md#citer). */
public enum CiterRegister {
    SOCIAL_COHESION, INNOVATION_LEARNING, PUBLIC_TRANQUILLITY, ECONOMIC_CONTRIBUTION, RECOGNITION
}
