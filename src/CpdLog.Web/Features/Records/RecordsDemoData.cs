namespace CpdLog.Web.Features.Records;

using System.Security.Cryptography;

/// <summary>
/// Three years of records for Zoë (an NMC nurse working as a finance business partner): enough CPD, feedback,
/// reflections and practice hours to revalidate, plus a few records for Priya (and the descriptor sample of each other type). Dates are relative to today.
/// </summary>
public sealed class RecordsDemoData(CpdLogDbContext db, IFileStore files, TimeProvider clock) : IDemoDataContributor
{
    private const string Trust = "Northshire Teaching Hospitals NHS Foundation Trust";
    private const string TrustAddress = "Finance Directorate, Northshire General Hospital, Infirmary Road, Northshire NS1 4AB";

    public int Order => 20;

    public async Task SeedAsync(DemoUsers users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var today = clock.UkToday();
        var now = clock.GetUtcNow();
        var zoe = users.Manager.Id;

        var activities = ZoeActivities(today).Select(a => Own(a, zoe, now)).ToList();
        db.Activities.AddRange(activities);

        var feedback = ZoeFeedback(today).Select(f => Own(f, zoe, now)).ToList();
        db.Feedback.AddRange(feedback);

        db.Reflections.AddRange(ZoeReflections(today, activities, feedback).Select(r => Own(r, zoe, now)));
        db.PracticeHours.AddRange(ZoePracticeHours(today).Select(p => Own(p, zoe, now)));
        db.Discussions.Add(Own(new ReflectiveDiscussion
        {
            Date = today.AddMonths(-2),
            PartnerName = "Grace Okafor",
            PartnerNmcPin = "09A1234E",
            PartnerEmail = "grace.okafor@northshire.example.nhs.uk",
            PartnerAddress = "Nursing Directorate, Northshire General Hospital, Infirmary Road, Northshire",
            PartnerPostcode = "NS1 4AB",
            Notes = "Discussed all five accounts face to face. Grace challenged me to make the link between budget-setting and safe staffing explicit in account 3.",
        }, zoe, now));
        db.Confirmations.Add(Own(new Confirmation
        {
            Date = today.AddMonths(-1),
            ConfirmerName = users.LineManager.DisplayName,
            ConfirmerRole = "Head of Finance (line manager)",
            ConfirmerIsNmcRegistrant = false,
            ConfirmerEmail = "sian.morgan@northshire.example.nhs.uk",
            ConfirmerAddress = TrustAddress,
            ConfirmerPostcode = "NS1 4AB",
        }, zoe, now));
        db.Declarations.Add(Own(new Declaration
        {
            Kind = DeclarationKind.HealthAndCharacter,
            Date = today.AddDays(-20),
            Statement = "Nothing to declare.",
        }, zoe, now));
        db.Declarations.Add(Own(new Declaration
        {
            Kind = DeclarationKind.Indemnity,
            Date = today.AddDays(-20),
            IndemnityThroughEmployer = true,
            Statement = "Covered by the Trust's clinical negligence scheme (CNST) through my employment.",
        }, zoe, now));

        await AttachCertificateAsync(zoe, activities[0], now, ct);
        await AttachCertificateAsync(zoe, activities[1], now, ct);

        var priya = users.SecondManager.Id;
        db.Activities.AddRange(PriyaActivities(today).Select(a => Own(a, priya, now)));
        db.Feedback.Add(Own(new FeedbackEntry
        {
            Date = today.AddMonths(-3),
            Source = FeedbackSource.Colleague,
            Type = "Written, informal",
            Summary = "Ward managers found the new e-rostering dashboard much quicker to read than the spreadsheet it replaced.",
            HowUsed = "Added a one-page guide and a weekly refresh note.",
        }, priya, now));

        // Zoë is part-way through a qualification (the descriptor's sample: three modules, one passed).
        db.Add(RecordTypes.Qualifications.NewSample(zoe, today, "CIPFA Professional Qualification", now));

        // One example of every other type in the descriptor list, so a new record type is in the demo without editing this file.
        foreach (var type in RecordTypes.Crud.Where(t => !ReferenceEquals(t, RecordTypes.Activities) && !ReferenceEquals(t, RecordTypes.Feedback)))
        {
            db.Add(type.NewSample(priya, today, "Example", now));
        }

        await db.SaveChangesAsync(ct);
    }

    private static T Own<T>(T record, string ownerId, DateTimeOffset now)
        where T : OwnedRecord
    {
        record.OwnerId = ownerId;
        record.CreatedAt = now;
        record.UpdatedAt = now;
        return record;
    }

    /// <summary>A plain-text attendance certificate, stored like any upload (hashed, outside the web root).</summary>
    private async Task AttachCertificateAsync(string ownerId, CpdActivity activity, DateTimeOffset now, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(
            $"CERTIFICATE OF ATTENDANCE\n\nThis certifies that Zoë Adeyemi attended\n{activity.Title}\n" +
            $"on {RecordFormat.DateRange(activity.StartDate, activity.EndDate)} ({RecordFormat.Hours(activity.Hours)} CPD hours).\n");
        var evidence = Own(new EvidenceFile
        {
            RecordKind = RecordKind.Activity,
            RecordId = activity.Id,
            FileName = "certificate-of-attendance.txt",
            ContentType = EvidenceContent.Text.ContentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            StorageKey = Guid.NewGuid().ToString("N"),
        }, ownerId, now);
        await files.SaveAsync(evidence.StorageKey, new MemoryStream(bytes, writable: false), ct);
        db.EvidenceFiles.Add(evidence);
    }

    private static CpdActivity Activity(
        DateOnly end, int days, string title, CpdMethod method, ActivityType type, decimal hours, decimal participatory,
        CodeThemes themes, string description, string relevance, string tags, bool verifiable = false)
        => new()
        {
            Title = title,
            StartDate = end.AddDays(-(days - 1)),
            EndDate = end,
            Hours = hours,
            ParticipatoryHours = participatory,
            Method = method,
            ActivityType = type,
            Status = ActivityStatus.Completed,
            Description = description,
            RelevanceToPractice = relevance,
            LearningOutcomes = "",
            CodeThemes = themes,
            IsVerifiable = verifiable,
            Tags = tags,
        };

    private static List<CpdActivity> ZoeActivities(DateOnly today)
    {
        const CodeThemes people = CodeThemes.PrioritisePeople;
        const CodeThemes effective = CodeThemes.PractiseEffectively;
        const CodeThemes safety = CodeThemes.PreserveSafety;
        const CodeThemes trust = CodeThemes.PromoteProfessionalismAndTrust;
        var list = new List<CpdActivity>
        {
            Activity(today.AddDays(-24), 2, "HFMA annual conference", CpdMethod.ConferenceOrSeminar, ActivityType.ProfessionalActivity, 12, 12, effective | trust,
                "Two days of sessions on NHS financial recovery, productivity and system working, including a workshop on nurse staffing costs.",
                "I advise divisional nursing leads on budgets; the productivity sessions gave me evidence to use in establishment reviews.", "conference, finance, productivity", verifiable: true),
            Activity(today.AddDays(-60), 1, "Patient-level costing (PLICS) workshop", CpdMethod.Workshop, ActivityType.FormalEducational, 6, 6, effective,
                "Workshop on the National Cost Collection and allocating nursing time to patient episodes.",
                "Our costing of ward nursing time was crude; I now work with the costing team on a better allocation.", "costing, PLICS", verifiable: true),
            Activity(today.AddDays(-85), 1, "Excel Power Query e-learning", CpdMethod.ELearning, ActivityType.SelfDirectedLearning, 4, 0, effective,
                "Self-paced course on Power Query to automate monthly budget reports.",
                "Cut the time to produce ward budget packs from a day to an hour, leaving more time with ward managers.", "data, excel"),
            Activity(today.AddDays(-110), 1, "NHS financial framework briefing (reading)", CpdMethod.IndependentLearning, ActivityType.SelfDirectedLearning, 2, 0, effective,
                "Read the NHS England revenue finance and contracting guidance for the year.",
                "Needed to explain the new system envelope to nursing colleagues in plain terms.", "finance, reading"),
            Activity(today.AddDays(-140), 1, "Safeguarding adults level 2", CpdMethod.ELearning, ActivityType.FormalEducational, 2, 0, people | safety,
                "Mandatory refresher on recognising and reporting abuse and neglect.",
                "Although I am not in direct care, I visit wards and must know how to raise a concern.", "mandatory, safeguarding"),
            Activity(today.AddDays(-170), 90, "Coaching with the Deputy Director of Finance", CpdMethod.CoachingOrMentoring, ActivityType.WorkBasedLearning, 3, 3, trust,
                "Three coaching conversations on influencing senior clinical leaders.",
                "Helped me challenge a budget proposal that would have reduced registered nurse cover.", "coaching, leadership"),
            Activity(today.AddDays(-200), 1, "Nursing establishment review panel", CpdMethod.GroupDiscussion, ActivityType.WorkBasedLearning, 4, 4, people | safety,
                "Panel with the Deputy Chief Nurse comparing safer-staffing tool results to funded establishments.",
                "Brings my nursing and finance knowledge together: the funded establishment must keep patients safe.", "staffing, safety"),
            Activity(today.AddDays(-230), 1, "Data security awareness", CpdMethod.ELearning, ActivityType.FormalEducational, 1.5m, 0, trust,
                "Annual information governance training.", "I handle staff and patient-level data in costing work.", "mandatory, IG"),
            Activity(today.AddDays(-300), 120, "Mary Seacole leadership programme (module 3)", CpdMethod.FormalQualification, ActivityType.FormalEducational, 20, 10, people | effective | trust,
                "NHS Leadership Academy programme module on leading change and engaging teams.",
                "I lead the nursing budget-setting process across four divisions.", "leadership, qualification", verifiable: true),
            Activity(today.AddDays(-330), 1, "Journal club: nurse staffing and patient outcomes", CpdMethod.GroupDiscussion, ActivityType.ProfessionalActivity, 1.5m, 1.5m, safety,
                "Discussed research linking registered nurse staffing levels with mortality.", "Evidence I now cite when modelling the cost of vacancies.", "research, staffing"),
            Activity(today.AddDays(-360), 1, "Teaching: budget basics for ward managers", CpdMethod.Teaching, ActivityType.ProfessionalActivity, 3, 3, effective | trust,
                "Designed and ran a half-day session for newly appointed ward managers.", "Ward managers hold the budgets I support; teaching sharpened my own understanding.", "teaching, budgets"),
            Activity(today.AddDays(-400), 1, "Writing business cases: the Five Case Model", CpdMethod.CourseAttendance, ActivityType.FormalEducational, 7, 7, effective,
                "One-day course on HM Treasury Green Book business cases.", "I co-write nursing business cases, e.g. for the new discharge lounge.", "business cases", verifiable: true),
            Activity(today.AddDays(-430), 1, "Basic life support update", CpdMethod.CourseAttendance, ActivityType.FormalEducational, 2, 2, safety,
                "Practical BLS refresher.", "Keeps me safe to help in an emergency when I am on clinical areas.", "mandatory, resuscitation"),
            Activity(today.AddDays(-470), 1, "RCN safe staffing report (reading)", CpdMethod.IndependentLearning, ActivityType.SelfDirectedLearning, 1.5m, 0, safety | people,
                "Read and summarised the RCN report on staffing for safe and effective care.", "Used in my briefing to the finance committee.", "reading, staffing"),
            Activity(today.AddDays(-500), 2, "Shadowing a ward sister on e-rostering", CpdMethod.Secondment, ActivityType.WorkBasedLearning, 3.75m, 3.75m, people | effective,
                "Two half-shifts observing how rosters are built and approved.", "Showed why temporary staffing spend appears where it does.", "rostering"),
            Activity(today.AddDays(-540), 1, "Finance Skills Development webinar: productivity", CpdMethod.ConferenceOrSeminar, ActivityType.ProfessionalActivity, 1.5m, 1.5m, effective,
                "Live webinar with Q&A on measuring NHS productivity.", "Applied to our theatre productivity work.", "webinar, productivity"),
            Activity(today.AddDays(-580), 1, "Equality, diversity and human rights", CpdMethod.ELearning, ActivityType.FormalEducational, 1, 0, people | trust,
                "Mandatory refresher.", "Applies to how I support and treat colleagues.", "mandatory, EDI"),
            Activity(today.AddDays(-620), 1, "Peer review of cost improvement quality impact assessments", CpdMethod.PeerReview, ActivityType.WorkBasedLearning, 2, 2, safety | effective,
                "Reviewed QIAs for nursing cost improvement schemes with the Director of Nursing.", "Makes sure savings do not compromise patient safety.", "QIA, safety"),
            Activity(today.AddDays(-660), 30, "Article for the HFMA newsletter", CpdMethod.ResearchOrWriting, ActivityType.ProfessionalActivity, 4, 0, trust,
                "Wrote an article on nurses in finance roles.", "Reflecting on my dual role clarified how my registration informs my finance work.", "writing"),
            Activity(today.AddDays(-700), 1, "Fraud awareness", CpdMethod.ELearning, ActivityType.FormalEducational, 1, 0, trust,
                "NHS Counter Fraud Authority awareness module.", "I approve and review expenditure.", "mandatory, fraud"),
            Activity(today.AddDays(-760), 60, "Action learning set: nurses in non-clinical roles", CpdMethod.GroupDiscussion, ActivityType.ProfessionalActivity, 6, 6, trust | effective,
                "Four facilitated sessions with nurses working in finance, IT and commissioning.", "Peer support for keeping my practice relevant to the Code.", "action learning"),
            Activity(today.AddDays(-820), 1, "Quality impact assessment training", CpdMethod.Workshop, ActivityType.FormalEducational, 3, 3, safety,
                "Workshop on assessing the quality and safety impact of service changes.", "I now co-sign QIAs for nursing budgets.", "QIA"),
            Activity(today.AddDays(-880), 1, "Medicines cost pressures briefing with pharmacy", CpdMethod.ConferenceOrSeminar, ActivityType.WorkBasedLearning, 2, 2, effective | safety,
                "Briefing from the chief pharmacist on high-cost drugs and safe substitution.", "Helped me forecast drug spend with ward managers without compromising safety.", "medicines"),
            Activity(today.AddDays(-940), 1, "Reverse mentoring with a finance apprentice", CpdMethod.CoachingOrMentoring, ActivityType.WorkBasedLearning, 2, 2, people | trust,
                "Paired with an apprentice to learn current reporting tools while sharing clinical context.", "Improved my data skills and the team's understanding of ward pressures.", "mentoring"),
        };

        list.Add(new CpdActivity
        {
            Title = "HFMA Diploma in Healthcare Business (module 1)",
            StartDate = today.AddDays(40),
            EndDate = today.AddDays(120),
            Hours = 30,
            ParticipatoryHours = 12,
            Method = CpdMethod.FormalQualification,
            ActivityType = ActivityType.FormalEducational,
            Status = ActivityStatus.Planned,
            Description = "Funded place on the HFMA diploma.",
            RelevanceToPractice = "Builds the commercial skills my business partner role needs.",
            CodeThemes = CodeThemes.PractiseEffectively,
            Tags = "qualification, planned",
        });
        return list;
    }

    private static List<FeedbackEntry> ZoeFeedback(DateOnly today) =>
    [
        new() { Date = today.AddDays(-45), Source = FeedbackSource.Manager, Type = "Verbal, formal",
            Summary = "My line manager said my budget-setting papers for nursing are clearer than any the committee has had.",
            HowUsed = "Shared the template with the other business partners." },
        new() { Date = today.AddDays(-150), Source = FeedbackSource.Colleague, Type = "Written, informal",
            Summary = "A ward manager emailed that my explanation of temporary staffing spend helped her present to her division.",
            HowUsed = "Turned the explanation into a short guide for all ward managers." },
        new() { Date = today.AddDays(-260), Source = FeedbackSource.Appraisal, Type = "Written, formal",
            Summary = "Appraisal: strong analysis; should involve clinical leads earlier in savings discussions.",
            HowUsed = "I now invite matrons to the first meeting of any nursing savings scheme." },
        new() { Date = today.AddDays(-390), Source = FeedbackSource.Student, Type = "Written, informal",
            Summary = "Evaluations from the ward manager budget session: 4.7 out of 5; wanted more worked examples.",
            HowUsed = "Added three worked examples from real (anonymised) ward budgets." },
        new() { Date = today.AddDays(-520), Source = FeedbackSource.TeamPerformanceReport, Type = "Written, formal",
            Summary = "Internal audit report rated our establishment control process as substantial assurance.",
            HowUsed = "Used the two minor recommendations to tighten sign-off of establishment changes." },
        new() { Date = today.AddDays(-700), Source = FeedbackSource.Colleague, Type = "Verbal, informal",
            Summary = "The Deputy Chief Nurse said I had challenged a proposed cut in a way that kept the focus on patients.",
            HowUsed = "Reflected on what made the challenge work and used the same approach in later reviews." },
    ];

    private static List<ReflectiveAccount> ZoeReflections(DateOnly today, List<CpdActivity> activities, List<FeedbackEntry> feedback) =>
    [
        new() { Title = "Safer staffing and the funded establishment", Date = today.AddDays(-195), ActivityId = activities[6].Id,
            Nature = "An establishment review panel comparing safer-staffing tool results with funded posts.",
            Learning = "The funded establishment on two wards did not cover the acuity the tool measured; finance and nursing were using different assumptions.",
            ChangeInPractice = "I now reconcile the tool output to the budget before each review and flag gaps to the Deputy Chief Nurse.",
            CodeRelevance = "Preserving safety by making sure the budget supports safe staffing.",
            CodeThemes = CodeThemes.PreserveSafety | CodeThemes.PrioritisePeople },
        new() { Title = "Involving clinical leads earlier", Date = today.AddDays(-250), FeedbackId = feedback[2].Id,
            Nature = "Appraisal feedback that I involved clinical leads late in savings discussions.",
            Learning = "Late involvement made clinical colleagues feel savings were imposed and hid safety risks.",
            ChangeInPractice = "Matrons now attend the first meeting of every nursing savings scheme.",
            CodeRelevance = "Working cooperatively and sharing information with colleagues.",
            CodeThemes = CodeThemes.PractiseEffectively | CodeThemes.PromoteProfessionalismAndTrust },
        new() { Title = "Teaching ward managers about budgets", Date = today.AddDays(-355), ActivityId = activities[10].Id,
            Nature = "Running a budget basics session for new ward managers.",
            Learning = "Managers understood budgets best through their own ward's numbers.",
            ChangeInPractice = "I use real, anonymised ward examples in all finance training.",
            CodeRelevance = "Sharing skills and experience for the benefit of colleagues.",
            CodeThemes = CodeThemes.PractiseEffectively },
        new() { Title = "Challenging a proposed staffing cut", Date = today.AddDays(-690), FeedbackId = feedback[5].Id,
            Nature = "Feedback from the Deputy Chief Nurse about a challenge I made to a cost improvement scheme.",
            Learning = "Framing the challenge around patient outcomes, with data, was more persuasive than arguing about money.",
            ChangeInPractice = "I prepare a short safety impact note alongside every nursing savings proposal.",
            CodeRelevance = "Raising concerns and acting in the best interests of people.",
            CodeThemes = CodeThemes.PrioritisePeople | CodeThemes.PreserveSafety },
        new() { Title = "Keeping my registration relevant in a finance role", Date = today.AddDays(-750), ActivityId = activities[20].Id,
            Nature = "An action learning set with nurses in non-clinical roles.",
            Learning = "Others had the same worry that their practice no longer 'counted'; the Code applies to all of us.",
            ChangeInPractice = "I log the clinical judgement I use in finance decisions and discuss it in supervision.",
            CodeRelevance = "Upholding the reputation of the profession in every role.",
            CodeThemes = CodeThemes.PromoteProfessionalismAndTrust },
    ];

    private static List<PracticeHoursEntry> ZoePracticeHours(DateOnly today)
    {
        PracticeHoursEntry Year(int yearsAgo, decimal hours) => new()
        {
            StartDate = today.AddYears(-yearsAgo - 1).AddDays(1),
            EndDate = today.AddYears(-yearsAgo).AddDays(-1),
            Organisation = Trust,
            OrganisationAddress = TrustAddress,
            WorkSetting = "Hospital or other secondary care",
            ScopeOfPractice = "Management",
            RegistrationType = "Nurse",
            Hours = hours,
            Description = "Finance business partner to the nursing directorate: nursing establishment and budget setting, safer-staffing reviews, quality impact assessments of savings schemes.",
        };

        return [Year(0, 1612.5m), Year(1, 1575m), Year(2, 1590m)];
    }

    private static List<CpdActivity> PriyaActivities(DateOnly today) =>
    [
        Activity(today.AddDays(-30), 1, "Power BI for NHS analysts", CpdMethod.CourseAttendance, ActivityType.FormalEducational, 7, 7, CodeThemes.None,
            "One-day course on data modelling in Power BI.", "I build the Trust's workforce dashboards.", "data, power bi"),
        Activity(today.AddDays(-120), 1, "NHS-R community conference", CpdMethod.ConferenceOrSeminar, ActivityType.ProfessionalActivity, 6, 6, CodeThemes.None,
            "Talks on reproducible analysis in R.", "Moving our reports from spreadsheets to code.", "R, conference"),
        Activity(today.AddDays(-200), 1, "Statistical process control (reading)", CpdMethod.IndependentLearning, ActivityType.SelfDirectedLearning, 3, 0, CodeThemes.None,
            "Read 'Making Data Count' guidance.", "SPC charts for board reports.", "SPC, reading"),
    ];
}
