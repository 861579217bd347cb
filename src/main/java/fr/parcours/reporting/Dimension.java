package fr.parcours.reporting;

/** How the counts are broken down, always by the structure's attributes as they are when the report is drawn. */
public enum Dimension {
    /** The NAF section of the structure's activity code (A to U), or unknown. */
    SECTOR,
    LEGAL_FORM,
    /** Employees: 0, 1–9, 10–49, 50 and more, or unknown (the INSEE size bands, merged above 50). */
    SIZE,
    /** Whether the structure works in a priority neighbourhood (quartier prioritaire de la ville). */
    QPV,
    /** The accompaniment's department (a collective participant's: its structure's). */
    DEPARTMENT
}
