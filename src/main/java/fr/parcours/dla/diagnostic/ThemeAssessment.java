package fr.parcours.dla.diagnostic;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The assessment of one theme of the diagnostic: strengths, weaknesses and a level from 1 to 4. */
@Entity
@Table(name = "theme_assessment")
public class ThemeAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accompanimentId;

    @Enumerated(EnumType.STRING)
    private Theme theme;

    private String strengths;
    private String weaknesses;
    private int level;
    private String assessedBy;
    private Instant assessedAt;

    protected ThemeAssessment() {
    }

    ThemeAssessment(long accompanimentId, Theme theme) {
        this.accompanimentId = accompanimentId;
        this.theme = theme;
    }

    void assess(ThemeAssessmentSheet.Entry entry, String by, Instant at) {
        this.strengths = entry.strengths();
        this.weaknesses = entry.weaknesses();
        this.level = entry.level();
        this.assessedBy = by;
        this.assessedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAccompanimentId() {
        return accompanimentId;
    }

    public Theme getTheme() {
        return theme;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public int getLevel() {
        return level;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
