package fr.parcours.council.civic.web;

import fr.parcours.council.civic.InterpellationAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The answer an institution gave to an interpellation. */
public class AnswerFormData {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate answeredOn;

    @NotBlank
    @Size(max = 4000)
    private String summary;

    void validate(Errors errors, LocalDate sentOn) {
        if (answeredOn != null && answeredOn.isBefore(sentOn)) {
            errors.rejectValue("answeredOn", "council.civic.error.answer-before-sent",
                    new Object[] {sentOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, null);
        }
    }

    InterpellationAnswer toAnswer() {
        return new InterpellationAnswer(answeredOn, summary.strip());
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public void setAnsweredOn(LocalDate answeredOn) {
        this.answeredOn = answeredOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
