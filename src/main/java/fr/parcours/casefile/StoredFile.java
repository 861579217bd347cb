package fr.parcours.casefile;

/** A file as it is kept: a safe name, the type found in its content, its bytes and their SHA-256 (hex). */
record StoredFile(String fileName, String mediaType, byte[] content, String sha256) {
}
