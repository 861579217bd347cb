package fr.parcours.audit.chain;

/**
 * The outcome of one walk over the chain: how many rows were checked, the last good position and hash
 * (an anchor auditors can note outside the database) and the first break if any.
 */
public record ChainReport(long checked, long lastSeq, String lastHash, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }
}
