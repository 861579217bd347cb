package fr.parcours.council.draws;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A draw by lot of the residents' college, as its procès-verbal records it; the members it brought carry its id. */
@Entity
@Table(name = "council_draw")
public class ResidentsDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long councilId;
    private LocalDate drawnOn;
    private int drawnCount;
    private int declinedCount;
    private int unreachableCount;
    private String recordedBy;
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "council_draw_list", joinColumns = @JoinColumn(name = "draw_id"))
    @OrderColumn(name = "position")
    private List<DrawList> lists = new ArrayList<>();

    protected ResidentsDraw() {
    }

    ResidentsDraw(long councilId, NewDraw request, String recordedBy, Instant recordedAt) {
        this.councilId = councilId;
        this.drawnOn = request.drawnOn();
        this.drawnCount = request.drawnCount();
        this.declinedCount = request.declinedCount();
        this.unreachableCount = request.unreachableCount();
        this.lists.addAll(request.lists());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public LocalDate getDrawnOn() {
        return drawnOn;
    }

    public int getDrawnCount() {
        return drawnCount;
    }

    public int getAcceptedCount() {
        return drawnCount - declinedCount - unreachableCount;
    }

    public int getDeclinedCount() {
        return declinedCount;
    }

    public int getUnreachableCount() {
        return unreachableCount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The lists, copied: read them inside the transaction that loaded the draw. */
    public List<DrawList> getLists() {
        return List.copyOf(lists);
    }

    public int namesInLists() {
        return lists.stream().mapToInt(DrawList::getNamesCount).sum();
    }
}
