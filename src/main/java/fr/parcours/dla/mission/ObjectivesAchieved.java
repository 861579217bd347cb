package fr.parcours.dla.mission;

/** Whether the mission reached the objectives of its cahier des charges. */
public enum ObjectivesAchieved {
    YES, PARTLY, NO
}
