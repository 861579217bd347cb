package fr.parcours.council.draws;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One list a draw picked from and how many names it held (e.g. "Paris Habitat, Porte de la Chapelle", 412). */
@Embeddable
public class DrawList {

    @Enumerated(EnumType.STRING)
    private DrawListKind kind;
    private String label;
    @Column(name = "names_count")
    private int namesCount;

    protected DrawList() {
    }

    public DrawList(DrawListKind kind, String label, int namesCount) {
        this.kind = kind;
        this.label = label;
        this.namesCount = namesCount;
    }

    public DrawListKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public int getNamesCount() {
        return namesCount;
    }
}
