package fr.parcours.council.civic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.casework.CaseNotFoundException;
import fr.parcours.council.Council;
import fr.parcours.council.CouncilScenario;
import fr.parcours.council.cycles.CouncilCycle;
import fr.parcours.council.members.College;
import fr.parcours.council.members.CouncilMember;
import fr.parcours.council.members.CouncilMembers;
import fr.parcours.council.members.Gender;
import fr.parcours.council.members.NewMember;
import fr.parcours.council.privacy.MemberPrivacy;
import fr.parcours.council.privacy.MemberRecord;
import fr.parcours.identity.DemoUsers;
import fr.parcours.identity.Scopes;
import fr.parcours.identity.UserScope;
import fr.parcours.support.ParcoursIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The council's civic life on PostgreSQL: writes with their audit records, refusals, rollback, RGPD effects. */
@ParcoursIntegrationTest
class CivicLifeTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    CouncilScenario councilScenario;
    @Autowired
    CouncilMembers councilMembers;
    @Autowired
    CivicLife civicLife;
    @Autowired
    CivicOverviews overviews;
    @Autowired
    MemberPrivacy privacy;
    @Autowired
    Scopes scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSteeringMeetingKeepsItsAttendeesByIdAndIsAuditedWithoutNames() {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        List<Long> members = memberIds(council);

        SteeringMeeting meeting = civicLife.recordSteeringMeeting(council.getId(), steering(Set.of(members.get(0),
                members.get(2))), facilitator, scopes.of(facilitator));

        assertThat(jdbc.queryForList("select member_id from council_steering_attendance where steering_meeting_id = ?",
                Long.class, meeting.getId())).containsExactlyInAnyOrder(members.get(0), members.get(2));
        assertThat(jdbc.queryForObject("select body from council_steering_meeting where id = ?", String.class,
                meeting.getId())).isEqualTo("STEERING_COMMITTEE");
        List<String> details = auditDetails(council, "council-steering-meeting-recorded");
        assertThat(details).hasSize(1);
        assertThat(details.get(0)).contains("2 membres").doesNotContain("Habitant", "Acteur");
        CivicOverview overview = overviews.overview(council.getId(), facilitator, scopes.of(facilitator));
        assertThat(overview.seatsTaken()).isEqualTo(2);
        assertThat(overview.meetingsOf(SteeringBody.STEERING_COMMITTEE)).isEqualTo(1);
        assertThat(overview.steeringMeetings().get(0).attendees()).extracting(CouncilMember::getFullName)
                .containsExactly("Habitant 0", "Acteur 0");
    }

    @Test
    void aMemberOfAnotherCouncilCannotSitForThisOneAndNothingIsSaved() {
        Council council = councilScenario.parisCouncil(2, 1);
        Council other = councilScenario.parisCouncil(1, 0);
        String facilitator = councilScenario.facilitatorOf(council);

        assertThatThrownBy(() -> civicLife.recordSteeringMeeting(council.getId(),
                steering(Set.of(memberIds(other).get(0))), facilitator, scopes.of(facilitator)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(count("council_steering_meeting", council)).isZero();
        assertThat(auditDetails(council, "council-steering-meeting-recorded")).isEmpty();
    }

    @Test
    void anInterpellationIsSentFlaggedWhenOverdueThenAnsweredOrClosedEachWithAnAuditRecord() {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        UserScope scope = scopes.of(facilitator);
        Interpellation old = civicLife.send(council.getId(), interpellation(TODAY.minusDays(90), null), facilitator, scope);
        Interpellation recent = civicLife.send(council.getId(), interpellation(TODAY.minusDays(5), null), facilitator,
                scope);

        CivicOverview before = overviews.overview(council.getId(), facilitator, scope);
        assertThat(before.interpellations()).extracting(row -> row.interpellation().getId(), CivicOverview.InterpellationRow::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(recent.getId(), false),
                        org.assertj.core.groups.Tuple.tuple(old.getId(), true));
        assertThat(before.overdue()).isEqualTo(1);

        civicLife.answer(council.getId(), recent.getId(), new InterpellationAnswer(TODAY, "Un agent passera lundi."),
                facilitator, scope);
        civicLife.closeWithoutAnswer(council.getId(), old.getId(), facilitator, scope);

        assertThat(jdbc.queryForList("select status from council_interpellation where council_id = ? order by id",
                String.class, council.getId())).containsExactly("NO_ANSWER", "ANSWERED");
        assertThat(jdbc.queryForObject("select answer_summary from council_interpellation where id = ?", String.class,
                recent.getId())).isEqualTo("Un agent passera lundi.");
        CivicOverview after = overviews.overview(council.getId(), facilitator, scope);
        assertThat(after.overdue()).isZero();
        assertThat(after.interpellationsIn(InterpellationStatus.ANSWERED)).isEqualTo(1);
        assertThat(after.interpellationsIn(InterpellationStatus.NO_ANSWER)).isEqualTo(1);
        assertThat(auditDetails(council, "council-interpellation-sent")).hasSize(2);
        assertThat(auditDetails(council, "council-interpellation-answered")).hasSize(1);
        assertThat(auditDetails(council, "council-interpellation-unanswered")).hasSize(1);

        civicLife.answer(council.getId(), old.getId(), new InterpellationAnswer(TODAY, "Réponse tardive."), facilitator,
                scope);
        assertThat(jdbc.queryForObject("select status from council_interpellation where id = ?", String.class,
                old.getId())).isEqualTo("ANSWERED");
        assertThatThrownBy(() -> civicLife.closeWithoutAnswer(council.getId(), old.getId(), facilitator, scope))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInterpellationLinksOnlyToAHeldMeetingOfItsOwnCouncil() {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        long meeting = heldMeeting(council, facilitator);
        Council other = councilScenario.parisCouncil(1, 1);
        String otherFacilitator = councilScenario.facilitatorOf(other);

        Interpellation linked = civicLife.send(council.getId(), interpellation(TODAY, meeting), facilitator,
                scopes.of(facilitator));

        assertThat(overviews.overview(council.getId(), facilitator, scopes.of(facilitator)).interpellations().get(0)
                .decidedAtMeetingOn()).isEqualTo(CouncilScenario.MEETING);
        assertThat(linked.getDecidedAtMeetingId()).isEqualTo(meeting);
        assertThatThrownBy(() -> civicLife.send(other.getId(), interpellation(TODAY, meeting), otherFacilitator,
                scopes.of(otherFacilitator))).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("council_interpellation", other)).isZero();
    }

    @Test
    void aFailureLaterInTheTransactionRollsBackTheInterpellationAndItsAuditRecord() {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            civicLife.send(council.getId(), interpellation(TODAY, null), facilitator, scopes.of(facilitator));
            civicLife.recordSteeringMeeting(council.getId(), steering(Set.of(memberIds(council).get(0))), facilitator,
                    scopes.of(facilitator));
            throw new IllegalStateException("later step fails");
        })).hasMessage("later step fails");

        assertThat(count("council_interpellation", council)).isZero();
        assertThat(count("council_steering_meeting", council)).isZero();
        assertThat(auditDetails(council, "council-interpellation-sent")).isEmpty();
        assertThat(auditDetails(council, "council-steering-meeting-recorded")).isEmpty();
    }

    @Test
    void aFacilitatorOfAnotherCouncilNeitherReadsNorWrites() {
        Council council = councilScenario.parisCouncil(1, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        Interpellation sent = civicLife.send(council.getId(), interpellation(TODAY, null), facilitator,
                scopes.of(facilitator));
        String stranger = councilScenario.facilitatorOf(councilScenario.parisCouncil(1, 1));
        UserScope scope = scopes.of(stranger);

        assertThatThrownBy(() -> overviews.overview(council.getId(), stranger, scope))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> civicLife.send(council.getId(), interpellation(TODAY, null), stranger, scope))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> civicLife.closeWithoutAnswer(council.getId(), sent.getId(), stranger, scope))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(count("council_interpellation", council)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from council_interpellation where id = ?", String.class,
                sent.getId())).isEqualTo("SENT");
    }

    @Test
    void theMembersExportListsTheirSeatsAndErasureKeepsTheSeatWithoutTheName() {
        Council council = councilScenario.parisCouncil(2, 1);
        String facilitator = councilScenario.facilitatorOf(council);
        String name = "Fatoumata " + UUID.randomUUID().toString().substring(0, 6);
        long member = councilMembers.addMember(council.getId(), new NewMember(name, College.RESIDENTS, Gender.FEMALE,
                LocalDate.of(2017, 1, 2)), DemoUsers.ADMIN).getId();
        UserScope scope = scopes.of(facilitator);
        civicLife.recordSteeringMeeting(council.getId(), steering(Set.of(member, memberIds(council).get(0))),
                facilitator, scope);

        MemberRecord record = privacy.export(council.getId(), member, facilitator, scope);
        assertThat(record.steeringMeetingsAttended()).containsExactly(new MemberRecord.SteeringSeat(
                LocalDate.of(2017, 5, 11), "STEERING_COMMITTEE", null, "Programmation 2017 du contrat de ville"));

        privacy.erase(council.getId(), member, facilitator, scope);

        CivicOverview overview = overviews.overview(council.getId(), facilitator, scope);
        assertThat(overview.seatsTaken()).isEqualTo(2);
        assertThat(overview.steeringMeetings().get(0).attendees()).filteredOn(CouncilMember::isErased)
                .singleElement().extracting(CouncilMember::getFullName).isNull();
        for (String table : List.of("council_steering_meeting", "council_interpellation", "council_member")) {
            assertThat(jdbc.queryForObject("select count(*) from %s t where t.council_id = ? and t::text like ?"
                    .formatted(table), Integer.class, council.getId(), "%" + name + "%")).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from council_steering_attendance where member_id = ?",
                Integer.class, member)).isEqualTo(1);
    }

    private static NewSteeringMeeting steering(Set<Long> attendees) {
        return new NewSteeringMeeting(LocalDate.of(2017, 5, 11), SteeringBody.STEERING_COMMITTEE, null,
                "Programmation 2017 du contrat de ville", attendees,
                "Le conseil demande un éclairage du square et une permanence du bailleur.", "Une étude d'éclairage");
    }

    private static NewInterpellation interpellation(LocalDate sentOn, Long meetingId) {
        return new NewInterpellation(sentOn, Institution.SOCIAL_LANDLORD, "Paris Habitat", "Ascenseurs en panne",
                "Le conseil demande la réparation des ascenseurs du 12 rue Boucry.", meetingId);
    }

    private long heldMeeting(Council council, String facilitator) {
        CouncilCycle cycle = councilScenario.startCycle(council);
        councilScenario.toMeeting(cycle, facilitator);
        councilScenario.holdMeeting(cycle, facilitator, List.of());
        return jdbc.queryForObject("select id from council_meeting where cycle_id = ?", Long.class, cycle.getId());
    }

    private List<Long> memberIds(Council council) {
        return jdbc.queryForList("select id from council_member where council_id = ? order by id", Long.class,
                council.getId());
    }

    private int count(String table, Council council) {
        return jdbc.queryForObject("select count(*) from " + table + " where council_id = ?", Integer.class,
                council.getId());
    }

    private List<String> auditDetails(Council council, String action) {
        return jdbc.queryForList("select details from audit_record where case_type = 'COUNCIL' and case_id = ?"
                + " and action = ?", String.class, council.getId(), action);
    }
}
