package fr.parcours.collective.deliverables;

/** How far a structure's funding lead went: spotted, applied for, or obtained. */
public enum FundingStatus {
    LEAD, APPLIED, OBTAINED
}
