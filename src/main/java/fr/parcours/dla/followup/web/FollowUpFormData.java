package fr.parcours.dla.followup.web;

import fr.parcours.casework.Texts;
import fr.parcours.dla.followup.FollowUpReport;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The follow-up meeting form: effects, indicators since the previous follow-up, new needs. */
public class FollowUpFormData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate meetingDate;

    @NotBlank
    @Size(max = 4000)
    private String effects;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    private Integer jobsConsolidated;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    private Integer aidedContractsMadePermanent;

    @NotNull
    @PositiveOrZero
    @Digits(integer = 10, fraction = 2)
    private BigDecimal fundingObtained;

    @Size(max = 4000)
    private String actionsCarriedOut;

    @Size(max = 2000)
    private String newNeeds;

    private boolean openNewAccompaniment;

    private boolean closeNow;

    /**
     * Rules that need the case: the meeting lies between the case's opening and today; no more aided
     * contracts made permanent than the structure has left (when known); a new accompaniment names its
     * needs and is opened only by the last follow-up.
     */
    void validate(Errors errors, FollowUpContext context) {
        if (meetingDate != null && meetingDate.isBefore(context.openedOn())) {
            errors.rejectValue("meetingDate", "followup.date.before-opening", new Object[] {context.openedOn().format(DAY)}, null);
        }
        if (meetingDate != null && meetingDate.isAfter(context.today())) {
            errors.rejectValue("meetingDate", "PastOrPresent");
        }
        if (aidedContractsMadePermanent != null && context.aidedContractsLeft() != null
                && aidedContractsMadePermanent > context.aidedContractsLeft()) {
            errors.rejectValue("aidedContractsMadePermanent", "followup.aided-contracts.too-many",
                    new Object[] {context.aidedContractsLeft()}, null);
        }
        if (openNewAccompaniment && (newNeeds == null || newNeeds.isBlank())) {
            errors.rejectValue("newNeeds", "NotBlank");
        }
        if (openNewAccompaniment && !closeNow && !context.lastPlanned()) {
            errors.rejectValue("openNewAccompaniment", "followup.new-accompaniment.not-last");
        }
    }

    FollowUpReport toReport(String userId) {
        return new FollowUpReport(meetingDate, effects.strip(), jobsConsolidated, aidedContractsMadePermanent,
                fundingObtained, blankToNull(actionsCarriedOut), blankToNull(newNeeds), openNewAccompaniment, closeNow,
                userId);
    }

    private static String blankToNull(String text) {
        return Texts.optional(text);
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getEffects() {
        return effects;
    }

    public void setEffects(String effects) {
        this.effects = effects;
    }

    public Integer getJobsConsolidated() {
        return jobsConsolidated;
    }

    public void setJobsConsolidated(Integer jobsConsolidated) {
        this.jobsConsolidated = jobsConsolidated;
    }

    public Integer getAidedContractsMadePermanent() {
        return aidedContractsMadePermanent;
    }

    public void setAidedContractsMadePermanent(Integer aidedContractsMadePermanent) {
        this.aidedContractsMadePermanent = aidedContractsMadePermanent;
    }

    public BigDecimal getFundingObtained() {
        return fundingObtained;
    }

    public void setFundingObtained(BigDecimal fundingObtained) {
        this.fundingObtained = fundingObtained;
    }

    public String getActionsCarriedOut() {
        return actionsCarriedOut;
    }

    public void setActionsCarriedOut(String actionsCarriedOut) {
        this.actionsCarriedOut = actionsCarriedOut;
    }

    public String getNewNeeds() {
        return newNeeds;
    }

    public void setNewNeeds(String newNeeds) {
        this.newNeeds = newNeeds;
    }

    public boolean isOpenNewAccompaniment() {
        return openNewAccompaniment;
    }

    public void setOpenNewAccompaniment(boolean openNewAccompaniment) {
        this.openNewAccompaniment = openNewAccompaniment;
    }

    public boolean isCloseNow() {
        return closeNow;
    }

    public void setCloseNow(boolean closeNow) {
        this.closeNow = closeNow;
    }
}
