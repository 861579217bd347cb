package fr.parcours.dla.engineering;

/** Where one ingénierie stands. */
public enum MissionStatus {
    SPECIFICATIONS, PRESELECTION, PROPOSALS, SCORING, CHOICE, LAUNCH, IN_PROGRESS, END_REPORT, SATISFACTION,
    ASSESSMENT, DONE
}
