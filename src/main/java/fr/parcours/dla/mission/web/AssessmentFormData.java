package fr.parcours.dla.mission.web;

import fr.parcours.dla.mission.AssessmentVerdict;
import fr.parcours.dla.mission.ObjectivesAchieved;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The officer's assessment: were the objectives of the cahier des charges achieved, and why. */
public class AssessmentFormData {

    @NotNull
    private ObjectivesAchieved achieved;

    @NotBlank
    @Size(max = 2000)
    private String comment;

    AssessmentVerdict toVerdict(String userId) {
        return new AssessmentVerdict(achieved, comment.strip(), userId);
    }

    public ObjectivesAchieved getAchieved() {
        return achieved;
    }

    public void setAchieved(ObjectivesAchieved achieved) {
        this.achieved = achieved;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
