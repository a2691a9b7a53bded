namespace CpdLog.Web.Features.Records;

using CpdLog.Web.Features.Activities;
using CpdLog.Web.Features.Plan;
using CpdLog.Web.Features.Records.Confirmations;
using CpdLog.Web.Features.Records.Declarations;
using CpdLog.Web.Features.Records.Discussions;
using CpdLog.Web.Features.Records.Feedback;
using CpdLog.Web.Features.Records.GapExplanations;
using CpdLog.Web.Features.Records.PracticeHours;
using CpdLog.Web.Features.Records.Qualifications;
using CpdLog.Web.Features.Records.Reflections;
using CpdLog.Web.Features.Shared.TagHelpers;

/// <summary>
/// The one list of owned record types. The records overview, the bin, evidence, the JSON API, the AutoMapper maps,
/// the shared pages and the ownership tests all read it; a guard test fails when an owned entity is missing here.
/// </summary>
public static class RecordTypes
{
    public static readonly CrudRecordType<CpdActivity, ActivityDto, ActivityInput> Activities = new("activities", "CPD activity", "CPD activities", "/Activities")
    {
        Kind = RecordKind.Activity,
        Description = "Your CPD log: courses, conferences, reading, coaching and other learning.",
        EvidenceHint = "Keep certificates, attendance records or notes as evidence that the CPD took place.",
        AddTitle = "Add a CPD activity",
        EditTitle = "Change a CPD activity",
        DetailsPage = "/Activities/Details",
        Describe = a => $"{a.Title} ({RecordFormat.DateRange(a.StartDate, a.EndDate)})",
        Order = q => q.OrderByDescending(a => a.EndDate).ThenByDescending(a => a.StartDate).ThenBy(a => a.Title).ThenBy(a => a.Id),
        OrderDescription = "latest end date first, then latest start date, title and id",
        SampleInput = (today, label) => new()
        {
            Title = label,
            StartDate = today.AddDays(-12),
            EndDate = today.AddDays(-10),
            Hours = 6.5m,
            ParticipatoryHours = 4m,
            Method = CpdMethod.Workshop,
            ActivityType = ActivityType.FormalEducational,
            Status = ActivityStatus.Completed,
            Description = "Patient-level costing workshop",
            RelevanceToPractice = "I cost nursing time",
            LearningOutcomes = "Allocation methods",
            CodeThemes = [CodeThemes.PractiseEffectively, CodeThemes.PreserveSafety],
            Standards = "HFMA competency 3",
            IsVerifiable = true,
            Tags = "costing, PLICS",
        },
    };

    public static readonly CrudRecordType<ReflectiveAccount, ReflectionDto, ReflectionInput> Reflections = new("reflections", "Reflective account", "Reflective accounts", "/Records/Reflections")
    {
        Kind = RecordKind.Reflection,
        Description = "Written reflections on the NMC four-question form.",
        EvidenceHint = "For example, notes or a scan of a handwritten reflective account.",
        Describe = r => $"{r.Title} ({RecordFormat.ShortDate(r.Date)})",
        Order = q => q.OrderByDescending(r => r.Date).ThenBy(r => r.Title).ThenBy(r => r.Id),
        OrderDescription = "latest date first, then title and id",
        Blank = today => new() { Date = today },
        SampleInput = (today, label) => new()
        {
            Title = label,
            Date = today.AddDays(-5),
            Nature = "A costing workshop",
            Learning = "How nursing time is allocated",
            ChangeInPractice = "I reconcile rosters to the costing model",
            CodeRelevance = "Practise effectively",
            CodeThemes = [CodeThemes.PractiseEffectively],
        },
    };

    public static readonly CrudRecordType<FeedbackEntry, FeedbackDto, FeedbackInput> Feedback = new("feedback", "Practice-related feedback", "Practice-related feedback", "/Records/Feedback")
    {
        Kind = RecordKind.Feedback,
        Description = "Feedback on your practice and how you used it.",
        EvidenceHint = "For example, a thank-you card, an appraisal extract or survey results, with anything that identifies a person removed.",
        AddTitle = "Add feedback",
        EditTitle = "Change feedback",
        Describe = f => $"Feedback from {Humanise.Words(f.Source).ToLowerInvariant()} ({RecordFormat.ShortDate(f.Date)})",
        ByDate = f => f.Date,
        Blank = today => new() { Date = today, Source = FeedbackSource.Colleague },
        SampleInput = (today, label) => new()
        {
            Date = today.AddDays(-20),
            Source = FeedbackSource.Manager,
            Type = "Verbal, informal",
            Summary = label,
            HowUsed = "Shared the template with the team",
        },
    };

    public static readonly CrudRecordType<PracticeHoursEntry, PracticeHoursDto, PracticeHoursInput> PracticeHours = new("practice-hours", "Practice hours", "Practice hours", "/Records/PracticeHours")
    {
        Kind = RecordKind.PracticeHours,
        Description = "Where and how long you practised.",
        EvidenceHint = "For example, a timesheet, contract or letter from your employer.",
        AddTitle = "Add practice hours",
        EditTitle = "Change practice hours",
        Describe = p => $"{p.Organisation}, {RecordFormat.Hours(p.Hours)} hours ({RecordFormat.DateRange(p.StartDate, p.EndDate)})",
        Order = q => q.OrderByDescending(p => p.EndDate).ThenByDescending(p => p.StartDate).ThenBy(p => p.Id),
        OrderDescription = "latest end date first, then latest start date and id",
        SampleInput = (today, label) => new()
        {
            StartDate = today.AddDays(-100),
            EndDate = today.AddDays(-1),
            Organisation = label,
            OrganisationAddress = "Infirmary Road, Northshire",
            WorkSetting = "Hospital or other secondary care",
            ScopeOfPractice = "Management",
            RegistrationType = "Nurse",
            Hours = 520m,
            Description = "Finance business partner to nursing",
        },
    };

    public static readonly CrudRecordType<ReflectiveDiscussion, DiscussionDto, DiscussionInput> Discussions = new("discussions", "Reflective discussion", "Reflective discussions", "/Records/Discussions")
    {
        Kind = RecordKind.Discussion,
        Description = "Your discussion of your reflective accounts with another NMC registrant.",
        EvidenceHint = "For example, the signed reflective discussion form.",
        Describe = d => $"Reflective discussion with {d.PartnerName} ({RecordFormat.ShortDate(d.Date)})",
        ByDate = d => d.Date,
        Blank = today => new() { Date = today },
        SampleInput = (today, label) => new()
        {
            Date = today.AddDays(-30),
            PartnerName = label,
            PartnerNmcPin = "12a 3456e",
            PartnerEmail = "partner@example.nhs.uk",
            PartnerPostcode = "ls1 4ap",
        },
    };

    public static readonly CrudRecordType<Confirmation, ConfirmationDto, ConfirmationInput> Confirmations = new("confirmations", "Confirmation", "Confirmations", "/Records/Confirmations")
    {
        Kind = RecordKind.Confirmation,
        Description = "Confirmation that you have met the revalidation requirements.",
        EvidenceHint = "For example, the signed confirmation form.",
        Describe = c => $"Confirmation by {c.ConfirmerName} ({RecordFormat.ShortDate(c.Date)})",
        ByDate = c => c.Date,
        Blank = today => new() { Date = today },
        SampleInput = (today, label) => new()
        {
            Date = today.AddDays(-3),
            ConfirmerName = label,
            ConfirmerRole = "Head of Finance",
            ConfirmerIsNmcRegistrant = false,
            ConfirmerEmail = "confirmer@example.nhs.uk",
        },
    };

    public static readonly CrudRecordType<Declaration, DeclarationDto, DeclarationInput> Declarations = new("declarations", "Declaration", "Declarations", "/Records/Declarations")
    {
        Kind = RecordKind.Declaration,
        Description = "Health and character, and professional indemnity.",
        EvidenceHint = "For example, your indemnity certificate.",
        Describe = d => $"{DeclarationName(d.Kind)} declaration ({RecordFormat.ShortDate(d.Date)})",
        ByDate = d => d.Date,
        Blank = today => new() { Date = today, Kind = DeclarationKind.HealthAndCharacter, IndemnityThroughEmployer = true },
        SampleInput = (today, label) => new()
        {
            Kind = DeclarationKind.HealthAndCharacter,
            Date = today.AddDays(-2),
            Statement = label,
        },
    };

    public static readonly CrudRecordType<GapExplanation, GapExplanationDto, GapExplanationInput> GapExplanations = new("gap-explanations", "Gap explanation", "Gap explanations", "/Records/GapExplanations")
    {
        Description = "Why there was no CPD for a while (HCPC asks you to explain gaps of 3 months or more). Only you see these.",
        AddTitle = "Explain a gap in your CPD",
        EditTitle = "Change a gap explanation",
        Describe = g => $"Gap explanation: {g.Reason} ({RecordFormat.DateRange(g.From, g.To)})",
        Order = q => q.OrderByDescending(g => g.From).ThenBy(g => g.Id),
        OrderDescription = "latest start first, then id",
        Blank = _ => new() { IsPrivate = true },
        SavedPage = "/Dashboard/Index",
        SampleInput = (today, label) => new()
        {
            From = today.AddDays(-200),
            To = today.AddDays(-100),
            Reason = label,
            Details = "Off work",
        },
    };

    /// <summary>Goals of the personal development plan (<c>/Plan</c>); funding requests name the goal they serve.</summary>
    public static readonly CrudRecordType<PdpGoal, PdpGoalDto, PdpGoalInput> PdpGoals = new("pdp-goals", "Development plan goal", "Development plan goals", "/Plan")
    {
        Describe = g => g.TargetDate is { } target ? $"{g.Title} (by {RecordFormat.ShortDate(target)})" : g.Title,
        Order = q => q.OrderBy(g => g.TargetDate == null).ThenBy(g => g.TargetDate).ThenBy(g => g.Title).ThenBy(g => g.Id),
        OrderDescription = "goals with a target date first, earliest first, then title and id",
        SampleInput = (today, label) => new()
        {
            Title = label,
            Description = "Lead the ward budget review with the matron",
            TargetDate = today.AddMonths(6),
            Status = PdpGoalStatus.Open,
        },
    };

    /// <summary>
    /// Qualifications in progress, with their modules (a child table, in the API's <c>modules</c>) and links to the
    /// user's own funding requests and agreements. The Details page shows progress and the modules.
    /// </summary>
    public static readonly CrudRecordType<Qualification, QualificationDto, QualificationInput> Qualifications = new("qualifications", "Qualification", "Qualifications", "/Records/Qualifications")
    {
        Kind = RecordKind.Qualification,
        Description = "Qualifications you are studying for: modules, credits, exams and results, and the funding that pays for them.",
        EvidenceHint = "For example, your enrolment confirmation, module results, exam entry letters or the certificate.",
        DetailsPage = "/Records/Qualifications/Details",
        Describe = q => $"{q.Title} ({q.AwardingBody})",
        Order = q => q.OrderBy(x => x.Status == QualificationStatus.Completed || x.Status == QualificationStatus.Withdrawn)
            .ThenBy(x => x.ExpectedCompletionDate).ThenBy(x => x.Title).ThenBy(x => x.Id),
        OrderDescription = "planned and in progress first, then earliest expected completion, title and id",
        Blank = today => new() { StartDate = today, Status = QualificationStatus.InProgress },
        MoreApi = QualificationApi.MapModuleApi,
        Maps = (profile, toDto) =>
        {
            toDto.ForMember(d => d.Modules, o => o.MapFrom(q => q.ModulesInOrder()));
            toDto.ForMember(d => d.IsOverdue, o => o.MapFrom<QualificationOverdueResolver>());
            profile.CreateMap<QualificationModule, QualificationModuleDto>();
            profile.CreateMap<QualificationModule, QualificationModuleInput>();
        },
        SampleInput = (today, label) => new()
        {
            Title = label,
            AwardingBody = "CIPFA",
            Level = "Level 7",
            StartDate = today.AddDays(-300),
            ExpectedCompletionDate = today.AddDays(400),
            Status = QualificationStatus.InProgress,
            CreditsNeeded = 60,
            Modules =
            [
                new() { Title = "Financial reporting", Credits = 20, StartDate = today.AddDays(-300), EndDate = today.AddDays(-150), ExamSittings = [today.AddDays(-155)], Result = ModuleResult.Pass, Mark = 68m },
                new() { Title = "Management accounting", Credits = 20, StartDate = today.AddDays(-140), EndDate = today.AddDays(30), ExamSittings = [today.AddDays(25)], Result = ModuleResult.Pending },
                new() { Title = "Audit and assurance", Credits = 20, StartDate = today.AddDays(40), EndDate = today.AddDays(200), Result = ModuleResult.Pending },
            ],
        },
    };

    /// <summary>
    /// Professional registrations: their own pages and API (<c>/Registrations</c>, <c>/api/v1/registrations</c>) write
    /// through <c>RegistrationWriter</c>; here for the bin, where a deleted registration is restored.
    /// </summary>
    public static readonly RecordType<ProfessionalRegistration> Registrations = new("registrations", "Registration", "Registrations", "/Registrations")
    {
        HasRecordPages = false,
        Describe = r => $"{BodyCatalogue.Find(r.BodyCode)?.Name ?? "Registration"} {r.RegistrationNumber}".TrimEnd(),
        Order = q => q.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id),
        OrderDescription = "oldest first, then id",
    };

    /// <summary>Evidence files: in the bin and the evidence panel, with their own API (<c>/api/v1/evidence</c>).</summary>
    public static readonly RecordType<EvidenceFile> Evidence = new("evidence", "Evidence file", "Evidence files", "/Activities")
    {
        HasRecordPages = false,
        Describe = e => e.FileName,
        Order = q => q.OrderBy(e => e.FileName).ThenBy(e => e.Id),
        OrderDescription = "by file name, then id",
    };

    /// <summary>Every type that can be in the bin, in the order pages list them.</summary>
    public static readonly IReadOnlyList<IRecordType> All =
        [Activities, Reflections, Feedback, PracticeHours, Discussions, Confirmations, Declarations, GapExplanations, PdpGoals, Qualifications, Registrations, Evidence];

    /// <summary>The types with the standard API and pages.</summary>
    public static readonly IReadOnlyList<ICrudRecordType> Crud = [.. All.OfType<ICrudRecordType>()];

    /// <summary>The descriptor of <typeparamref name="T"/> (the shared pages find their type this way).</summary>
    public static RecordType<T> Of<T>()
        where T : OwnedRecord
        => All.OfType<RecordType<T>>().Single();

    public static IRecordType? BySlug(string slug) => All.FirstOrDefault(t => t.Slug == slug);

    /// <summary>The record types evidence can be attached to through this feature.</summary>
    public static IRecordType? ForEvidence(RecordKind kind) => All.FirstOrDefault(t => t.Kind == kind);

    public static string DeclarationName(DeclarationKind kind) => kind switch
    {
        DeclarationKind.HealthAndCharacter => "Health and character",
        DeclarationKind.Indemnity => "Professional indemnity",
        _ => "Unknown",
    };
}
