namespace CpdLog.Core.Records;

/// <summary>NMC CPD log "method" vocabulary, usable for any body.</summary>
public enum CpdMethod
{
    CourseAttendance = 0,
    ConferenceOrSeminar = 1,
    Workshop = 2,
    ELearning = 3,
    IndependentLearning = 4,
    CoachingOrMentoring = 5,
    GroupDiscussion = 6,
    PeerReview = 7,
    Teaching = 8,
    ResearchOrWriting = 9,
    Secondment = 10,
    FormalQualification = 11,
    Other = 12,
}
