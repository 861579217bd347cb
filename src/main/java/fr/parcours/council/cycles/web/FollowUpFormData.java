package fr.parcours.council.cycles.web;

import fr.parcours.council.cycles.ActionFollowUp;
import fr.parcours.council.cycles.ActionStatus;
import fr.parcours.council.cycles.ActionUpdate;
import fr.parcours.council.cycles.CouncilAction;
import fr.parcours.council.cycles.SupportNeeded;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The follow-up of each action the council decided: owner, support needed, status, done date. */
public class FollowUpFormData extends TimedTaskFormData {

    @Valid
    private List<Row> actions = new ArrayList<>();

    static FollowUpFormData of(List<CouncilAction> decided) {
        FollowUpFormData form = new FollowUpFormData();
        decided.forEach(action -> {
            Row row = new Row();
            row.setActionId(action.getId());
            row.setOwner(action.getOwner());
            row.setSupport(action.getSupport());
            row.setStatus(action.getStatus());
            row.setDoneOn(action.getDoneOn());
            form.actions.add(row);
        });
        return form;
    }

    /** Exactly the decided actions, each done one with its past date. */
    void validate(Errors errors, List<Long> decidedIds, LocalDate today) {
        if (!actions.stream().map(Row::getActionId).toList().equals(decidedIds)) {
            errors.reject("NotAllowed");
            return;
        }
        for (int i = 0; i < actions.size(); i++) {
            Row row = actions.get(i);
            if (row.getStatus() == ActionStatus.DONE && row.getDoneOn() == null) {
                errors.rejectValue("actions[%d].doneOn".formatted(i), "NotNull");
            } else if (row.getDoneOn() != null && row.getDoneOn().isAfter(today)) {
                errors.rejectValue("actions[%d].doneOn".formatted(i), "PastOrPresent");
            }
        }
    }

    ActionFollowUp toFollowUp(String userId) {
        return new ActionFollowUp(actions.stream().map(row -> new ActionUpdate(row.getActionId(), row.getOwner().strip(),
                row.getSupport(), row.getStatus(), row.getDoneOn())).toList(), userId);
    }

    public List<Row> getActions() {
        return actions;
    }

    public void setActions(List<Row> actions) {
        this.actions = actions == null ? new ArrayList<>() : actions;
    }

    /** One decided action's follow-up. */
    public static class Row {

        @NotNull
        private Long actionId;

        @NotBlank
        @Size(max = 200)
        private String owner;

        @NotNull
        private SupportNeeded support;

        @NotNull
        private ActionStatus status;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate doneOn;

        public Long getActionId() {
            return actionId;
        }

        public void setActionId(Long actionId) {
            this.actionId = actionId;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public SupportNeeded getSupport() {
            return support;
        }

        public void setSupport(SupportNeeded support) {
            this.support = support;
        }

        public ActionStatus getStatus() {
            return status;
        }

        public void setStatus(ActionStatus status) {
            this.status = status;
        }

        public LocalDate getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(LocalDate doneOn) {
            this.doneOn = doneOn;
        }
    }
}
