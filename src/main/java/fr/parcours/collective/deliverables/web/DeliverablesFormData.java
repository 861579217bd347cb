package fr.parcours.collective.deliverables.web;

import fr.parcours.casework.Texts;
import fr.parcours.collective.deliverables.CiterRegister;
import fr.parcours.collective.deliverables.Deliverables;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The deliverables of one structure, all on one form: action plan (text and date), aided contracts, a few
 * funding lead rows (blank rows are ignored) and the five CITER registers (a blank register is not recorded).
 */
public class DeliverablesFormData {

    static final int LEAD_ROWS = 6;

    @Size(max = 4000)
    private String actionPlan;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionPlanDate;

    @PositiveOrZero
    @Max(9999)
    private Integer aidedContractsAtStake;

    /** Read only: counted from the structure's adultes-relais agreements, never typed. */
    private Integer aidedContractsMadePermanent;

    @Valid
    private List<FundingLeadFormData> leads = new ArrayList<>();

    @Valid
    private List<EvaluationFormData> registers = new ArrayList<>();

    /** A blank form with the lead rows and the five registers the page shows. */
    static DeliverablesFormData from(Deliverables deliverables) {
        DeliverablesFormData form = new DeliverablesFormData();
        form.actionPlan = deliverables.actionPlan();
        form.actionPlanDate = deliverables.actionPlanDate();
        form.aidedContractsAtStake = deliverables.aidedContractsAtStake();
        form.aidedContractsMadePermanent = deliverables.aidedContractsMadePermanent();
        deliverables.fundingLeads().forEach(lead -> form.leads.add(FundingLeadFormData.from(lead)));
        for (CiterRegister register : CiterRegister.values()) {
            form.registers.add(EvaluationFormData.from(deliverables.evaluation().get(register)));
        }
        return form.padded(Math.max(LEAD_ROWS, form.leads.size() + 1));
    }

    /** At least {@code leadRows} lead rows and the five registers, whatever was posted. */
    DeliverablesFormData padded(int leadRows) {
        while (leads.size() < leadRows) {
            leads.add(new FundingLeadFormData());
        }
        while (registers.size() < CiterRegister.values().length) {
            registers.add(new EvaluationFormData());
        }
        return this;
    }

    /** Cross-field rules; the action plan dates from the mobilisation meeting or later. */
    void validate(Errors errors, LocalDate meetingDate) {
        if (Texts.blank(actionPlan) != (actionPlanDate == null)) {
            errors.rejectValue(Texts.blank(actionPlan) ? "actionPlan" : "actionPlanDate", "NotBlank");
        }
        if (actionPlanDate != null && meetingDate != null && actionPlanDate.isBefore(meetingDate)) {
            errors.rejectValue("actionPlanDate", "DateBeforeMeeting",
                    new Object[] {meetingDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
        IntStream.range(0, leads.size()).forEach(i -> leads.get(i).validate(errors, "leads[" + i + "]."));
        if (registers.size() > CiterRegister.values().length) {
            errors.rejectValue("registers", "NotAllowed");
        }
        IntStream.range(0, registers.size()).forEach(i -> registers.get(i).validate(errors, "registers[" + i + "]"));
    }

    Deliverables toDeliverables() {
        Map<CiterRegister, Deliverables.Evaluation> evaluation = new EnumMap<>(CiterRegister.class);
        for (int i = 0; i < registers.size(); i++) {
            if (!registers.get(i).isBlank()) {
                evaluation.put(CiterRegister.values()[i], registers.get(i).toEvaluation());
            }
        }
        return new Deliverables(Texts.optional(actionPlan), actionPlanDate, aidedContractsAtStake,
                null, leads.stream().filter(lead -> !lead.isBlank())
                .map(FundingLeadFormData::toLead).toList(), evaluation);
    }

    public String getActionPlan() {
        return actionPlan;
    }

    public void setActionPlan(String actionPlan) {
        this.actionPlan = actionPlan;
    }

    public LocalDate getActionPlanDate() {
        return actionPlanDate;
    }

    public void setActionPlanDate(LocalDate actionPlanDate) {
        this.actionPlanDate = actionPlanDate;
    }

    public Integer getAidedContractsAtStake() {
        return aidedContractsAtStake;
    }

    public void setAidedContractsAtStake(Integer aidedContractsAtStake) {
        this.aidedContractsAtStake = aidedContractsAtStake;
    }

    /** Puts back the count from the records when the form is shown again (it is not a form field). */
    void showMadePermanent(Integer fromRecords) {
        this.aidedContractsMadePermanent = fromRecords;
    }

    public Integer getAidedContractsMadePermanent() {
        return aidedContractsMadePermanent;
    }

    public List<FundingLeadFormData> getLeads() {
        return leads;
    }

    public void setLeads(List<FundingLeadFormData> leads) {
        this.leads = leads;
    }

    public List<EvaluationFormData> getRegisters() {
        return registers;
    }

    public void setRegisters(List<EvaluationFormData> registers) {
        this.registers = registers;
    }
}
