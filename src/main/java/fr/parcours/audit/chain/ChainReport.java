package fr.parcours.audit.chain;

/**
 * The outcome of one walk over the chain: where it started (the anchor left by the last retention purge,
 * 0 for none, with the retention period it applied), how many rows were checked, the last good position and hash
 * (an anchor auditors can note outside the database), the position keyed hashes start from, and the first break
 * if any.
 */
public record ChainReport(long anchorSeq, long checked, long lastSeq, String lastHash, ChainBreak firstBreak,
                          long keyedFrom, String anchorRetention) {

    public boolean intact() {
        return firstBreak == null;
    }

    ChainReport broken(ChainBreak found) {
        return new ChainReport(anchorSeq, checked, lastSeq, lastHash, found, keyedFrom, anchorRetention);
    }

    ChainReport keyedFrom(long position) {
        return new ChainReport(anchorSeq, checked, lastSeq, lastHash, firstBreak, position, anchorRetention);
    }

    ChainReport walked(long rows, long seq, String hash) {
        return new ChainReport(anchorSeq, rows, seq, hash, firstBreak, keyedFrom, anchorRetention);
    }
}
