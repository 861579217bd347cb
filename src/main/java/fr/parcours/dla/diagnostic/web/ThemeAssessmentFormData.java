package fr.parcours.dla.diagnostic.web;

import fr.parcours.dla.diagnostic.Theme;
import fr.parcours.dla.diagnostic.ThemeAssessmentSheet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The assessment of the seven themes. Row {@code i} is always {@code Theme.values()[i]}: the theme is never
 * posted, so it cannot be forged, and extra rows fail the size check.
 */
public class ThemeAssessmentFormData {

    @Valid
    @Size(min = 7, max = 7)
    private List<Row> themes = new ArrayList<>(Theme.values().length);

    public ThemeAssessmentFormData() {
        for (int i = 0; i < Theme.values().length; i++) {
            themes.add(new Row());
        }
    }

    ThemeAssessmentSheet toSheet(String userId) {
        return new ThemeAssessmentSheet(IntStream.range(0, themes.size())
                .mapToObj(i -> themes.get(i).toEntry(Theme.values()[i])).toList(), userId);
    }

    public List<Row> getThemes() {
        return themes;
    }

    public void setThemes(List<Row> themes) {
        this.themes = themes;
    }

    /** One theme: strengths, weaknesses and a level from 1 (fragile) to 4 (solid). */
    public static class Row {

        @NotBlank
        @Size(max = 2000)
        private String strengths;

        @NotBlank
        @Size(max = 2000)
        private String weaknesses;

        @NotNull
        @Min(1)
        @Max(4)
        private Integer level;

        ThemeAssessmentSheet.Entry toEntry(Theme theme) {
            return new ThemeAssessmentSheet.Entry(theme, strengths.strip(), weaknesses.strip(), level);
        }

        public String getStrengths() {
            return strengths;
        }

        public void setStrengths(String strengths) {
            this.strengths = strengths;
        }

        public String getWeaknesses() {
            return weaknesses;
        }

        public void setWeaknesses(String weaknesses) {
            this.weaknesses = weaknesses;
        }

        public Integer getLevel() {
            return level;
        }

        public void setLevel(Integer level) {
            this.level = level;
        }
    }
}
