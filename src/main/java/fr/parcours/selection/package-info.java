/**
 * Consultant selection shared by an individual ingénierie ({@code fr.parcours.dla.engineering}) and a collective
 * DLA ({@code fr.parcours.collective}), docs/domain.md#consultant-selection: the submissions of the four steps (preselection,
 * proposals, scores on the grid /70, validated choice), their rules ({@link fr.parcours.selection.SelectionRules}),
 * the candidate's mapped superclass ({@link fr.parcours.selection.Candidacy}) and, in {@code web}, the forms and
 * their checks; the fields of the forms are the fragments of {@code templates/selection/fields.html}.
 */
package fr.parcours.selection;
