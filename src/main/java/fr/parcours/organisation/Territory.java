package fr.parcours.organisation;

/** A department and the region it belongs to: where a structure is, and so which DLA accompanies it. */
public record Territory(String departmentCode, String regionCode) {
}
