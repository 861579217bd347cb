package fr.parcours.audit.chain;

/**
 * The outcome of one walk over the chain: where it started (the anchor left by the last retention purge,
 * 0 for none), how many rows were checked, the last good position and hash (an anchor auditors can note
 * outside the database) and the first break if any.
 */
public record ChainReport(long anchorSeq, long checked, long lastSeq, String lastHash, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }
}
