package fr.parcours.council.draws.web;

import fr.parcours.casework.Texts;
import fr.parcours.council.draws.DrawList;
import fr.parcours.council.draws.DrawListKind;
import fr.parcours.council.draws.DrawnResident;
import fr.parcours.council.draws.NewDraw;
import fr.parcours.council.members.Gender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A draw by lot as typed from its record: the lists used (blank rows ignored), how many were drawn, the persons who
 * accepted by name and gender (blank rows ignored), and only the number of those who declined or were unreachable.
 */
public class DrawFormData {

    static final int LIST_ROWS = 4;
    static final int PERSON_ROWS = 15;
    static final int MAX_PERSON_ROWS = 60;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate drawnOn;

    @NotNull
    @Min(1)
    @Max(MAX_PERSON_ROWS)
    private Integer drawnCount;

    @NotNull
    @Min(0)
    private Integer declinedCount = 0;

    @NotNull
    @Min(0)
    private Integer unreachableCount = 0;

    @Valid
    private List<ListRow> lists = new ArrayList<>();

    @Valid
    @Size(max = MAX_PERSON_ROWS)
    private List<PersonRow> accepted = new ArrayList<>();

    /** An empty form with {@code personRows} rows for the persons who accepted. */
    static DrawFormData blank(int personRows) {
        DrawFormData form = new DrawFormData();
        form.padRows(personRows);
        return form;
    }

    /** Shows the blank rows again on a redisplay, so the user may still fill them. */
    void padRows(int personRows) {
        while (lists.size() < LIST_ROWS) {
            lists.add(new ListRow());
        }
        while (accepted.size() < Math.min(personRows, MAX_PERSON_ROWS)) {
            accepted.add(new PersonRow());
        }
    }

    /** Cross-field rules: a list needs its kind and count, a person their name and gender, every answer counted. */
    void validate(Errors errors) {
        IntStream.range(0, lists.size()).filter(i -> !lists.get(i).isBlank()).forEach(i -> {
            if (lists.get(i).kind == null) {
                errors.rejectValue("lists[%d].kind".formatted(i), "NotNull");
            }
            if (lists.get(i).namesCount == null) {
                errors.rejectValue("lists[%d].namesCount".formatted(i), "NotNull");
            }
        });
        if (filledLists().isEmpty()) {
            errors.reject("council.draw.no-list");
        }
        IntStream.range(0, accepted.size()).filter(i -> !accepted.get(i).isBlank()).forEach(i -> {
            if (accepted.get(i).fullName == null || accepted.get(i).fullName.isBlank()) {
                errors.rejectValue("accepted[%d].fullName".formatted(i), "NotBlank");
            }
            if (accepted.get(i).gender == null) {
                errors.rejectValue("accepted[%d].gender".formatted(i), "NotNull");
            }
        });
        if (drawnCount != null && declinedCount != null && unreachableCount != null
                && filledPersons().size() + declinedCount + unreachableCount != drawnCount) {
            errors.rejectValue("drawnCount", "council.draw.answers-mismatch");
        }
        int names = filledLists().stream().mapToInt(row -> row.namesCount == null ? 0 : row.namesCount).sum();
        if (drawnCount != null && !filledLists().isEmpty() && drawnCount > names) {
            errors.rejectValue("drawnCount", "council.draw.more-than-names");
        }
    }

    NewDraw toNewDraw() {
        return new NewDraw(drawnOn, drawnCount,
                filledLists().stream().map(row -> new DrawList(row.kind, blankToNull(row.label), row.namesCount)).toList(),
                filledPersons().stream().map(row -> new DrawnResident(row.fullName.strip(), row.gender)).toList(),
                declinedCount, unreachableCount);
    }

    private List<ListRow> filledLists() {
        return lists.stream().filter(row -> !row.isBlank()).toList();
    }

    private List<PersonRow> filledPersons() {
        return accepted.stream().filter(row -> !row.isBlank()).toList();
    }

    private static String blankToNull(String text) {
        return Texts.optional(text);
    }

    public LocalDate getDrawnOn() {
        return drawnOn;
    }

    public void setDrawnOn(LocalDate drawnOn) {
        this.drawnOn = drawnOn;
    }

    public Integer getDrawnCount() {
        return drawnCount;
    }

    public void setDrawnCount(Integer drawnCount) {
        this.drawnCount = drawnCount;
    }

    public Integer getDeclinedCount() {
        return declinedCount;
    }

    public void setDeclinedCount(Integer declinedCount) {
        this.declinedCount = declinedCount;
    }

    public Integer getUnreachableCount() {
        return unreachableCount;
    }

    public void setUnreachableCount(Integer unreachableCount) {
        this.unreachableCount = unreachableCount;
    }

    public List<ListRow> getLists() {
        return lists;
    }

    public void setLists(List<ListRow> lists) {
        this.lists = lists;
    }

    public List<PersonRow> getAccepted() {
        return accepted;
    }

    public void setAccepted(List<PersonRow> accepted) {
        this.accepted = accepted;
    }

    /** One list drawn from: its kind, an optional label (which landlord, which polling stations), its size. */
    public static class ListRow {

        private DrawListKind kind;

        @Size(max = 200)
        private String label;

        @Min(1)
        private Integer namesCount;

        boolean isBlank() {
            return kind == null && (label == null || label.isBlank()) && namesCount == null;
        }

        public DrawListKind getKind() {
            return kind;
        }

        public void setKind(DrawListKind kind) {
            this.kind = kind;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Integer getNamesCount() {
            return namesCount;
        }

        public void setNamesCount(Integer namesCount) {
            this.namesCount = namesCount;
        }
    }

    /** A drawn person who accepted to sit on the council. */
    public static class PersonRow {

        @Size(max = 200)
        private String fullName;

        private Gender gender;

        boolean isBlank() {
            return (fullName == null || fullName.isBlank()) && gender == null;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public Gender getGender() {
            return gender;
        }

        public void setGender(Gender gender) {
            this.gender = gender;
        }
    }
}
