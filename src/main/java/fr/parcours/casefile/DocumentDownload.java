package fr.parcours.casefile;

/** A document's version and its bytes, for a download already checked and logged. */
public record DocumentDownload(CaseDocument document, byte[] content) {
}
