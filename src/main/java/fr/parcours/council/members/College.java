package fr.parcours.council.members;

/** The two colleges of loi Lamy: residents drawn by lot, local actors (associations, local players). */
public enum College {
    RESIDENTS, LOCAL_ACTORS
}
