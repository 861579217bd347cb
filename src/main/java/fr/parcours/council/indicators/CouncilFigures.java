package fr.parcours.council.indicators;

/**
 * One council's activity over a period (issue 5): meetings held, attendance by college and gender at those
 * meetings, inhabitants reached by mobilisation, actions the council decided and done, the facilitator's support.
 * Attendances count member-presences (one member at three meetings counts three).
 */
public record CouncilFigures(long councilId, String name, long meetingsHeld,
                             long residentWomen, long residentMen, long residentOther,
                             long actorWomen, long actorMen, long actorOther,
                             long contactsMade, long newMembers, long actionsDecided, long actionsDone,
                             long logisticSupport, long administrativeSupport) {

    public long residents() {
        return residentWomen + residentMen + residentOther;
    }

    public long localActors() {
        return actorWomen + actorMen + actorOther;
    }

    public long attendances() {
        return residents() + localActors();
    }

    /** Actions the facilitator supported, logistically or administratively. */
    public long supportGiven() {
        return logisticSupport + administrativeSupport;
    }

    /** These figures added to {@code other}'s, under {@code name} (the totals row). */
    CouncilFigures plus(CouncilFigures other, String name) {
        return new CouncilFigures(0, name, meetingsHeld + other.meetingsHeld,
                residentWomen + other.residentWomen, residentMen + other.residentMen,
                residentOther + other.residentOther, actorWomen + other.actorWomen, actorMen + other.actorMen,
                actorOther + other.actorOther, contactsMade + other.contactsMade, newMembers + other.newMembers,
                actionsDecided + other.actionsDecided, actionsDone + other.actionsDone,
                logisticSupport + other.logisticSupport, administrativeSupport + other.administrativeSupport);
    }

    static CouncilFigures none(String name) {
        return new CouncilFigures(0, name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
