package fr.parcours.audit.chain;

/**
 * The first link of the chain that does not hold: the row (database id {@code id}, claiming position
 * {@code seq}) and what is wrong with it.
 */
public record ChainBreak(long seq, long id, Reason reason) {

    public enum Reason {
        /** The row's fields no longer give its hash: it was edited after being written. */
        CONTENT_EDITED,
        /** Positions are missing before this row: rows were removed. */
        ROW_MISSING,
        /** The row claims another position than the one it was written at: rows were reordered. */
        ORDER_CHANGED,
        /** The row does not point to the hash of the row before it: the chain was rewritten here. */
        LINK_BROKEN
    }
}
