package fr.parcours.dla.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A structure's request for an accompaniment, as the officer records it. */
public class NewAccompanimentFormData {

    @NotNull
    private Long organisationId;

    @NotBlank
    @Size(max = 2000)
    private String motive;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getMotive() {
        return motive;
    }

    public void setMotive(String motive) {
        this.motive = motive;
    }
}
