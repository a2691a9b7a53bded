namespace CpdLog.Core.Display;

using System.Collections.Frozen;
using System.Text;
using CpdLog.Core.Compliance;
using CpdLog.Core.Funding;
using CpdLog.Core.Portfolio;
using CpdLog.Core.SignOffs;

/// <summary>
/// The one table of the words people read for enum values (pages, e-mails, CSV and PDF portfolios), so that
/// <c>WithdrawalFromCourse</c> never reaches a user. The JSON API keeps the enum member names: that is its contract.
/// A unit test fails when a user-facing enum in Core has a member without a name here.
/// </summary>
public static class DisplayNames
{
    private static readonly FrozenDictionary<Enum, string> Names = new Dictionary<Enum, string>
    {
        // Records
        [ActivityStatus.Planned] = "Planned",
        [ActivityStatus.Completed] = "Completed",
        [CpdMethod.CourseAttendance] = "Course attendance",
        [CpdMethod.ConferenceOrSeminar] = "Conference or seminar",
        [CpdMethod.Workshop] = "Workshop",
        [CpdMethod.ELearning] = "E-learning",
        [CpdMethod.IndependentLearning] = "Independent learning",
        [CpdMethod.CoachingOrMentoring] = "Coaching or mentoring",
        [CpdMethod.GroupDiscussion] = "Group discussion",
        [CpdMethod.PeerReview] = "Peer review",
        [CpdMethod.Teaching] = "Teaching",
        [CpdMethod.ResearchOrWriting] = "Research or writing",
        [CpdMethod.Secondment] = "Secondment",
        [CpdMethod.FormalQualification] = "Formal qualification",
        [CpdMethod.Other] = "Other",
        [ActivityType.WorkBasedLearning] = "Work based learning",
        [ActivityType.ProfessionalActivity] = "Professional activity",
        [ActivityType.FormalEducational] = "Formal educational",
        [ActivityType.SelfDirectedLearning] = "Self directed learning",
        [ActivityType.Other] = "Other",
        [CodeThemes.None] = "None",
        [CodeThemes.PrioritisePeople] = "Prioritise people",
        [CodeThemes.PractiseEffectively] = "Practise effectively",
        [CodeThemes.PreserveSafety] = "Preserve safety",
        [CodeThemes.PromoteProfessionalismAndTrust] = "Promote professionalism and trust",
        [FeedbackSource.Patient] = "Patient or service user",
        [FeedbackSource.Colleague] = "Colleague",
        [FeedbackSource.Manager] = "Manager",
        [FeedbackSource.Appraisal] = "Appraisal",
        [FeedbackSource.TeamPerformanceReport] = "Team performance report",
        [FeedbackSource.Student] = "Student",
        [FeedbackSource.ComplaintOrCompliment] = "Complaint or compliment",
        [FeedbackSource.Other] = "Other",
        [ConfirmerCategory.NotStated] = "Not stated",
        [ConfirmerCategory.NmcRegistrantLineManager] = "Line manager who is an NMC registrant",
        [ConfirmerCategory.NmcRegistrant] = "NMC registrant (not my line manager)",
        [ConfirmerCategory.RegulatedProfessionalLineManager] = "Line manager who is registered with another regulator",
        [ConfirmerCategory.OtherRegulatedProfessional] = "Other regulated healthcare professional",
        [ConfirmerCategory.Other] = "Other",
        [ConfirmationItems.None] = "None",
        [ConfirmationItems.PracticeHours] = "Practice hours",
        [ConfirmationItems.CpdHours] = "Continuing professional development",
        [ConfirmationItems.PracticeRelatedFeedback] = "Practice-related feedback",
        [ConfirmationItems.WrittenReflectiveAccounts] = "Written reflective accounts",
        [ConfirmationItems.ReflectiveDiscussion] = "Reflective discussion",
        [ConfirmationItems.HealthAndCharacter] = "Health and character",
        [ConfirmationItems.ProfessionalIndemnity] = "Professional indemnity arrangement",
        [DeclarationKind.HealthAndCharacter] = "Health and character",
        [DeclarationKind.Indemnity] = "Indemnity",
        [RecordKind.Activity] = "Activity",
        [RecordKind.Reflection] = "Reflection",
        [RecordKind.Feedback] = "Feedback",
        [RecordKind.PracticeHours] = "Practice hours",
        [RecordKind.Discussion] = "Discussion",
        [RecordKind.Confirmation] = "Confirmation",
        [RecordKind.Declaration] = "Declaration",
        [RecordKind.FundingRequest] = "Funding request",
        [RecordKind.Qualification] = "Qualification",

        [QualificationStatus.Planned] = "Planned",
        [QualificationStatus.InProgress] = "In progress",
        [QualificationStatus.Completed] = "Completed",
        [QualificationStatus.Withdrawn] = "Withdrawn",
        [ModuleResult.Pending] = "Pending",
        [ModuleResult.Pass] = "Pass",
        [ModuleResult.Merit] = "Merit",
        [ModuleResult.Distinction] = "Distinction",
        [ModuleResult.Fail] = "Fail",
        [ModuleResult.Exempt] = "Exempt (prior learning)",

        // Compliance
        [ComplianceStatus.Met] = "Met",
        [ComplianceStatus.OnTrack] = "On track",
        [ComplianceStatus.AtRisk] = "At risk",
        [ComplianceStatus.NotMet] = "Not met",
        [ComplianceStatus.NotDue] = "Not due",
        [ComplianceStatus.Warning] = "Warning",
        [RequirementSeverity.Required] = "Required",
        [RequirementSeverity.Advisory] = "Advisory",
        [RequirementMeasure.Auto] = "From the unit",
        [RequirementMeasure.Time] = "Time",
        [RequirementMeasure.Count] = "Count",
        [RequirementMeasure.Fault] = "Fault",
        [BodyOptionFormat.Text] = "Text",
        [BodyOptionFormat.Date] = "Date",
        [AnchorKind.RenewalDate] = "Renewal date",
        [AnchorKind.CycleStart] = "Cycle start",

        // Sign-offs
        [SignOffKind.Confirmation] = "NMC revalidation confirmation",
        [SignOffKind.Discussion] = "NMC reflective discussion",
        [SignOffKind.Attestation] = "Attestation of CPD record",
        [SignOffState.Pending] = "Pending",
        [SignOffState.Signed] = "Signed",
        [SignOffState.Declined] = "Declined",
        [SignOffState.Withdrawn] = "Withdrawn",
        [SignOffStatus.Pending] = "Pending",
        [SignOffStatus.Signed] = "Signed",
        [SignOffStatus.Declined] = "Declined",
        [SignOffStatus.Expired] = "Expired",
        [SignOffStatus.Withdrawn] = "Withdrawn",

        // Funding
        [FundingStatus.Draft] = "Draft",
        [FundingStatus.Submitted] = "Submitted",
        [FundingStatus.AwaitingBudgetHolder] = "Awaiting budget holder",
        [FundingStatus.Returned] = "Returned for changes",
        [FundingStatus.Rejected] = "Rejected",
        [FundingStatus.InProgress] = "Approved – in progress",
        [FundingStatus.Completed] = "Completed",
        [FundingStatus.Withdrawn] = "Withdrawn",
        [FundingStatus.AwaitingCostApproval] = "Completed – extra cost awaiting approval",
        [StudyMode.Classroom] = "Classroom",
        [StudyMode.Online] = "Online",
        [StudyMode.Blended] = "Blended",
        [StudyMode.Conference] = "Conference",
        [StudyMode.Examination] = "Examination",
        [StudyMode.WorkBased] = "Work based",
        [FundingAction.Created] = "Created",
        [FundingAction.Updated] = "Updated",
        [FundingAction.Submitted] = "Submitted",
        [FundingAction.ApprovedByLineManager] = "Approved by line manager",
        [FundingAction.Approved] = "Approved",
        [FundingAction.Rejected] = "Rejected",
        [FundingAction.Returned] = "Returned",
        [FundingAction.Completed] = "Completed",
        [FundingAction.Withdrawn] = "Withdrawn",
        [FundingAction.AgreementAccepted] = "Agreement accepted",
        [FundingAction.RetrospectiveAllowed] = "Retrospective allowed",
        [FundingAction.CostIncreaseRequested] = "Cost increase requested",
        [FundingAction.CostIncreaseApproved] = "Cost increase approved",
        [FundingAction.CostIncreaseRefused] = "Cost increase refused",
        [PdpGoalStatus.Open] = "Open",
        [PdpGoalStatus.Achieved] = "Achieved",
        [PdpGoalStatus.Dropped] = "Dropped",
        [LeavingReason.None] = "None",
        [LeavingReason.Resignation] = "Resignation",
        [LeavingReason.Dismissal] = "Dismissal",
        [LeavingReason.WithdrawalFromCourse] = "Withdrawal from course",
        [LeavingReason.FailureToComplete] = "Failure to complete",
        [LeavingReason.Redundancy] = "Redundancy",
        [LeavingReason.MaternityRelated] = "Maternity related",
        [LeavingReason.InternalTransfer] = "Internal transfer",
        [LeavingReason.Retirement] = "Retirement",
        [LeavingReason.IllHealth] = "Ill health",
        [RepaymentKind.Tiered] = "Tiered",
        [RepaymentKind.Linear] = "Linear",
        [ApproverAuthority.None] = "None",
        [ApproverAuthority.LineManager] = "Line manager",
        [ApproverAuthority.Delegate] = "Delegate",
        [ApproverAuthority.BudgetHolder] = "Budget holder",

        // Portfolios
        [PortfolioTemplate.Nmc] = "NMC revalidation",
        [PortfolioTemplate.Hcpc] = "HCPC CPD profile",
        [PortfolioTemplate.Generic] = "CPD portfolio",
        [PortfolioSectionKind.RequirementsSummary] = "Summary of requirements",
        [PortfolioSectionKind.CpdLog] = "CPD log",
        [PortfolioSectionKind.PracticeHours] = "Practice hours log",
        [PortfolioSectionKind.Feedback] = "Practice-related feedback",
        [PortfolioSectionKind.ReflectiveAccounts] = "Written reflective accounts",
        [PortfolioSectionKind.ReflectiveDiscussion] = "Reflective discussion",
        [PortfolioSectionKind.Confirmation] = "Confirmation",
        [PortfolioSectionKind.Declarations] = "Health, character and indemnity declarations",
        [PortfolioSectionKind.SummaryOfPractice] = "Summary of practice history",
        [PortfolioSectionKind.ActivityList] = "CPD activities",
        [PortfolioSectionKind.PersonalStatement] = "Personal statement",
        [PortfolioSectionKind.EvidenceIndex] = "Evidence index",
        [PortfolioSectionKind.FundedStudy] = "Employer-funded study",
        [PortfolioSectionKind.Attestations] = "Attestations signed by e-mail",
    }.ToFrozenDictionary();

    /// <summary>Whether <paramref name="value"/> has a name in the table (flags: a single defined flag).</summary>
    public static bool Has(Enum value) => Names.ContainsKey(value);

    /// <summary>
    /// The words for a value: "Withdrawal from course". Combined flags read as their names joined with ", ". A value
    /// outside the table (an undefined number) reads as words made from its name, never as PascalCase.
    /// </summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (Names.TryGetValue(value, out var name))
        {
            return name;
        }

        if (value.GetType().IsDefined(typeof(FlagsAttribute), inherit: false))
        {
            var parts = Enum.GetValues(value.GetType()).Cast<Enum>()
                .Where(flag => Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(flag))
                .Select(flag => Names.TryGetValue(flag, out var n) ? n : Words(flag.ToString()))
                .ToList();
            if (parts.Count > 0)
            {
                return string.Join(", ", parts);
            }
        }

        return Words(value.ToString());
    }

    /// <summary>The name of an enum member given as text ("WithdrawalFromCourse"), as a form posts it.</summary>
    public static string Of(Type enumType, string memberName)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Enum.TryParse(enumType, memberName, ignoreCase: false, out var value) && value is Enum e ? Of(e) : Words(memberName);
    }

    /// <summary>
    /// Words from an identifier that is not an enum of the domain (role names, audit kinds): "BudgetHolder" → "Budget holder".
    /// </summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                sb.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Replace("e learning", "e-learning", StringComparison.Ordinal);
    }
}
