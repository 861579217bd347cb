package fr.parcours.audit.chain;

/**
 * The first link of the chain that does not hold: the row (database id {@code id}, claiming position
 * {@code seq}) and what is wrong with it. For the chain's own facts (the keyed cut-over, an anchor) {@code seq} is
 * their position and {@code id} their row in audit_chain_keying or audit_chain_anchor.
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
        LINK_BROKEN,
        /** The configured key did not seal the keyed cut-over: a wrong PARCOURS_AUDIT_KEY, or a forged cut-over. */
        WRONG_KEY,
        /** The keyed cut-over is missing or was never sealed. */
        KEYING_UNSEALED,
        /** A retention anchor without a valid seal: written by someone without the key, or altered. */
        ANCHOR_UNPROVEN,
        /** A retention anchor whose removed records had not passed its retention period when they were removed. */
        ANCHOR_TOO_EARLY;

        /** Whether the break is in an audit record (else in the cut-over or an anchor). */
        public boolean inRecord() {
            return ordinal() <= LINK_BROKEN.ordinal();
        }
    }
}
