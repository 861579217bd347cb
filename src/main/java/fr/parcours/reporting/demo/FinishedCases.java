package fr.parcours.reporting.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes past accompaniments straight into the app's tables, step by step as {@link CaseRecord} tells, without a
 * process instance: cases long finished whose engine history is not needed (the demo's past year, the report's
 * tests). Steps are timed at noon, the server's time, on their day. The case file and the auditor's history read
 * such a case from these tables alone.
 */
@Component
public class FinishedCases {

    /** Who the steps of such a case were recorded by. */
    static final String WHO = "parcours-history";

    private final JdbcClient jdbc;

    FinishedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the case and returns its id. */
    @Transactional
    public long record(CaseRecord record) {
        long id = jdbc.sql("""
                        insert into accompaniment (business_key, organisation_id, department_code, motive, phase,
                            intake_decision, referral_partner, referral_reason, decided_by, decided_at, created_by,
                            created_at)
                        values (:key, :organisation, :department, :motive, :phase, :decision, :partner, :reason,
                                :decidedBy, :decidedAt, :who, :createdAt) returning id""")
                .param("key", businessKey(record.requestedOn()))
                .param("organisation", record.organisationId()).param("department", record.departmentCode())
                .param("motive", "Consolider le modèle économique et l'organisation")
                .param("phase", record.phase())
                .param("decision", record.decidedOn() == null ? null
                        : record.referred() ? "REFERRED" : "ACCEPTED_FOR_DIAGNOSTIC")
                .param("partner", record.referred() ? "France Active" : null)
                .param("reason", record.referred() ? "Besoin de financement relevant d'un autre dispositif" : null)
                .param("decidedBy", record.decidedOn() == null ? null : WHO)
                .param("decidedAt", noon(record.decidedOn())).param("who", WHO)
                .param("createdAt", noon(record.requestedOn()))
                .query(Long.class).single();
        if (record.diagnosticOn() != null) {
            jdbc.sql("""
                    insert into diagnostic_validation (accompaniment_id, validated_on, validated_by, recorded_by,
                        recorded_at) values (?, ?, 'Présidence et direction', ?, ?)""")
                    .params(id, record.diagnosticOn(), WHO, noon(record.diagnosticOn())).update();
        }
        if (record.planOn() != null) {
            plan(id, record);
        }
        if (record.committeeOn() != null) {
            jdbc.sql("""
                    insert into committee_opinion (accompaniment_id, plan_revision, meeting_on, members_present,
                        opinion, amend_plan, recorded_by, recorded_at)
                    values (?, 1, ?, 'Services de l''État, Région, réseau', 'Avis favorable au plan', false, ?, ?)""")
                    .params(id, record.committeeOn(), WHO, noon(record.committeeOn())).update();
        }
        int number = 1;
        for (CaseRecord.FollowUp followUp : record.followUps()) {
            jdbc.sql("""
                    insert into follow_up (accompaniment_id, number, meeting_date, effects, jobs_consolidated,
                        aided_contracts_permanent, funding_obtained, recorded_by, recorded_at)
                    values (?, ?, ?, 'Organisation clarifiée, outils appropriés', ?, ?, ?, ?, ?)""")
                    .params(id, number++, followUp.heldOn(), followUp.jobsConsolidated(),
                            followUp.aidedContractsMadePermanent(), followUp.fundingObtained(), WHO,
                            noon(followUp.heldOn())).update();
        }
        if (record.closedOn() != null) {
            jdbc.sql("""
                    insert into accompaniment_closure (accompaniment_id, closed_on, closed_by, closed_at)
                    values (?, ?, ?, ?)""").params(id, record.closedOn(), WHO, noon(record.closedOn())).update();
        }
        return id;
    }

    /** One plan axis per mission (treated by an ingénierie individuelle), or one internal action without mission. */
    private void plan(long id, CaseRecord record) {
        int axes = Math.max(1, record.missions().size());
        for (int priority = 1; priority <= axes; priority++) {
            boolean engineering = priority <= record.missions().size();
            long axis = jdbc.sql("""
                            insert into plan_axis (accompaniment_id, revision, priority, title, treatment, created_by,
                                created_at) values (?, 1, ?, ?, ?, ?, ?) returning id""")
                    .params(id, priority, engineering ? "Structurer le service" : "Actions internes",
                            engineering ? "INDIVIDUAL_ENGINEERING" : "INTERNAL_ACTION", WHO, noon(record.planOn()))
                    .query(Long.class).single();
            if (engineering) {
                mission(id, axis, record.missions().get(priority - 1));
            }
        }
    }

    private void mission(long id, long axis, CaseRecord.Mission mission) {
        long missionId = jdbc.sql("""
                        insert into engineering_mission (accompaniment_id, plan_axis_id, status, objectives,
                            planned_days, budget_cap) values (?, ?, ?, 'Structurer le service', 8, 6000) returning id""")
                .params(id, axis, mission.assessedOn() != null ? "DONE" : "IN_PROGRESS").query(Long.class).single();
        if (mission.launchedOn() != null) {
            jdbc.sql("""
                    insert into mission_launch_meeting (mission_id, meeting_date, structure_participants,
                        dla_participants, consultant_participants, agreed_schedule, recorded_by, recorded_at)
                    values (?, ?, 'Direction', 'Chargé·e de mission', 'Consultant·e', 'Quatre séances', ?, ?)""")
                    .params(missionId, mission.launchedOn(), WHO, noon(mission.launchedOn())).update();
        }
        if (mission.satisfiedOn() != null) {
            jdbc.sql("""
                    insert into mission_satisfaction (mission_id, quality, listening, usefulness, recorded_by,
                        recorded_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(missionId, mission.quality(), mission.listening(), mission.usefulness(), WHO,
                            noon(mission.satisfiedOn())).update();
        }
        if (mission.assessedOn() != null) {
            jdbc.sql("""
                    insert into mission_assessment (mission_id, objectives_achieved, comment, assessed_by,
                        assessed_at) values (?, 'YES', 'Objectifs atteints', ?, ?)""")
                    .params(missionId, WHO, noon(mission.assessedOn())).update();
        }
    }

    private String businessKey(LocalDate requestedOn) {
        long number = jdbc.sql("select nextval('accompaniment_number_seq')").query(Long.class).single();
        return "DLA-%d-%06d".formatted(Year.from(requestedOn).getValue(), number);
    }

    private static Timestamp noon(LocalDate day) {
        return day == null ? null : Timestamp.valueOf(day.atTime(LocalTime.NOON));
    }
}
