package org.kesudesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One time the office chased a unit for its reports in a round (催办记录) — or, a city's office, one of its counties'
 * offices for the county's progress: the day, how, whom it reached, what they said, the day they promised to report
 * by (if they did), and who noted it when. Kept by the office, never exchanged.
 *
 * @param chasedId the unit chased; in the records of a city's counties ({@code county_chase}), the county's region
 *
 * @param person   whom the clerk reached (the unit's 联络员 mostly; may be empty)
 * @param answer   what they said or what was agreed (may be empty)
 * @param promised the day the unit promised to report by (承诺报送日期), if it promised one; for a letter, the day
 *                 it was told to reply by
 */
public record ChaseRecord(UUID id, UUID roundId, UUID chasedId, LocalDate chasedOn, ChaseMeans means, String person,
                          String answer, Optional<LocalDate> promised, String recordedBy, Instant recordedAt) {

    /** Characters of the answer noted (承诺下周一前报送，分管领导在外出差 is 17). */
    public static final int ANSWER_LENGTH = 500;

    public ChaseRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(chasedId, "chasedId");
        Objects.requireNonNull(chasedOn, "chasedOn");
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(promised, "promised");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** What is wrong with the name of the person reached, if anything (an empty one is none, not a wrong one). */
    public Optional<TextRules.Problem> personProblem() {
        return personProblem(person);
    }

    /** What is wrong with the answer noted, if anything. */
    public Optional<TextRules.Problem> answerProblem() {
        return answerProblem(answer);
    }

    /** What is wrong with a name given for the person reached, if anything: the one rule, for a record or a cell. */
    public static Optional<TextRules.Problem> personProblem(String person) {
        return person.isEmpty() ? Optional.empty() : TextRules.nameProblem(person, ContentLimits.PERSON_NAME);
    }

    /** What is wrong with an answer, if anything: the one rule, for a record or a cell. */
    public static Optional<TextRules.Problem> answerProblem(String answer) {
        return TextRules.textProblem(answer, ANSWER_LENGTH);
    }
}
