namespace CpdLog.Core.Portfolio;

// NMC revalidation sections. Column sets follow the NMC templates (nmc.org.uk/revalidation/requirements/*);
// see shared/domain/professional-bodies.md §1.
public static partial class PortfolioBuilder
{
    private static DocumentSection NmcCpdLog(RecordSet r)
    {
        var rows = r.Activities.Select(x =>
        {
            var a = x.Activity;
            var topic = Join("\n", a.Title, a.Description, Labelled("Relevance to practice", a.RelevanceToPractice),
                Labelled("Evidence", r.EvidenceRefs(RecordKind.Activity, a.Id)));
            return new TableRow([
                x.Ref, FormatRange(a.StartDate, a.EndDate), MethodName(a.Method), topic, FormatThemes(a.CodeThemes),
                FormatNumber(a.Hours), FormatNumber(Participatory(a)),
            ]);
        }).ToList();
        if (rows.Count > 0)
        {
            rows.Add(new TableRow(
                ["", "Total", "", $"{rows.Count} {(rows.Count == 1 ? "activity" : "activities")}", "", FormatNumber(r.Activities.Sum(x => x.Activity.Hours)),
                    FormatNumber(r.Activities.Sum(x => Participatory(x.Activity)))],
                RowEmphasis.Total));
        }

        return new DocumentSection(PortfolioSectionKind.CpdLog, "CPD log",
        [
            new ParagraphBlock("35 hours of CPD are required in the three-year period, of which at least 20 must be participatory.", TextEmphasis.Muted),
            new TableBlock(
            [
                new("Ref", 0.6f), new("Dates", 1.4f), new("Method", 1.3f), new("Topic and how it relates to your practice", 3.4f, TitleFirst: true),
                new("Link to the Code", 1.7f), new("Hours", 0.9f, ColumnAlign.Right), new("Participatory hours", 1.7f, ColumnAlign.Right),
            ], rows),
        ]);
    }

    private static DocumentSection NmcPracticeHours(RecordSet r)
    {
        var rows = r.PracticeHours.Select(x =>
        {
            var p = x.Entry;
            return new TableRow([
                x.Ref, FormatRange(p.StartDate, p.EndDate), Join("\n", p.Organisation, p.OrganisationAddress), p.WorkSetting,
                p.ScopeOfPractice, p.RegistrationType, FormatNumber(p.Hours), p.Description,
            ]);
        }).ToList();
        if (rows.Count > 0)
        {
            rows.Add(new TableRow(["", "Total", "", "", "", "", FormatNumber(r.PracticeHours.Sum(x => x.Entry.Hours)), ""], RowEmphasis.Total));
        }

        return new DocumentSection(PortfolioSectionKind.PracticeHours, "Practice hours log",
        [
            new ParagraphBlock("Most recent practice first. 450 hours are required for one registration (900 for nurse and midwife).", TextEmphasis.Muted),
            new TableBlock(
            [
                new("Ref", 0.6f), new("Dates", 1.4f), new("Organisation and address", 1.8f), new("Work setting", 1.4f), new("Scope of practice", 1.2f),
                new("Registration", 1.45f), new("Hours", 0.9f, ColumnAlign.Right), new("Description of work", 1.8f),
            ], rows),
        ]);
    }

    private static DocumentSection NmcFeedback(RecordSet r)
    {
        var rows = r.Feedback.Select(x => new TableRow([
            x.Ref, FormatDate(x.Entry.Date), SourceName(x.Entry.Source), x.Entry.Type, x.Entry.Summary,
            Join("\n", x.Entry.HowUsed, Labelled("Evidence", r.EvidenceRefs(RecordKind.Feedback, x.Entry.Id))),
        ])).ToList();
        var blocks = new List<Block>
        {
            new ParagraphBlock("Five pieces of practice-related feedback are required. Recorded without identifying anyone.", TextEmphasis.Muted),
        };
        if (r.Feedback.Count < 5)
        {
            blocks.Add(new NoticeBlock($"{r.Feedback.Count} of the 5 required pieces of feedback are recorded.", NoticeKind.Warning));
        }

        blocks.Add(new TableBlock(
            [new("Ref", 0.6f), new("Date", 1.1f), new("Source", 1.35f), new("Type", 1.1f), new("Content of the feedback", 3.2f), new("How you used it to improve your practice", 3.2f)],
            rows));
        return new DocumentSection(PortfolioSectionKind.Feedback, "Practice-related feedback log", blocks);
    }

    private static DocumentSection NmcDiscussion(RecordSet r, PortfolioInput input)
    {
        var blocks = new List<Block>();
        if (r.Discussions.Count == 0)
        {
            blocks.Add(new NoticeBlock("No reflective discussion is recorded in this period.", NoticeKind.Warning));
        }

        for (var i = 0; i < r.Discussions.Count; i++)
        {
            var (reference, d) = r.Discussions[i];
            if (i > 0)
            {
                blocks.Add(new PageBreakBlock());
            }

            blocks.Add(new KeepTogetherBlock(
            [
                new HeadingBlock($"{reference}  Reflective discussion, {FormatDate(d.Date)}"),
                new HeadingBlock("Registrant", 3),
                new KeyValueBlock(Registrant(input)),
                new HeadingBlock("Reflective discussion partner", 3),
                new KeyValueBlock(
                [
                    new("Reference", reference), new("Date of discussion", FormatDate(d.Date)), new("Partner's name", Or(d.PartnerName, "Missing")),
                    new("Partner's NMC Pin", Or(d.PartnerNmcPin, "Missing")), new("Email", Or(d.PartnerEmail, "Not given")),
                    new("Professional address", Or(d.PartnerAddress, "Not given")), new("Postcode", Or(d.PartnerPostcode, "Not given")),
                ]),
            ]));
            if (!string.IsNullOrWhiteSpace(d.Notes))
            {
                blocks.Add(new HeadingBlock("Notes of the discussion", 3));
                blocks.Add(new ParagraphBlock(d.Notes.Trim()));
            }

            blocks.Add(new KeepTogetherBlock(
            [
                new HeadingBlock("Partner's declaration", 3),
                .. SignedBy(input, d.SignOffId) is { } signed
                    ? ElectronicSignatureBlocks(signed, "Partner")
                    : [
                        new ParagraphBlock(
                            "The partner signs to say that they are an NMC registrant and that they discussed the registrant's five written "
                            + "reflective accounts with them on the date above.", TextEmphasis.Muted),
                        SignatureLines("Partner"),
                    ],
            ]));
        }

        return new DocumentSection(PortfolioSectionKind.ReflectiveDiscussion, "Reflective discussion", blocks);
    }

    private static DocumentSection NmcConfirmation(RecordSet r, PortfolioInput input)
    {
        var blocks = new List<Block>();
        if (r.Confirmations.Count == 0)
        {
            blocks.Add(new NoticeBlock("No confirmation is recorded in this period.", NoticeKind.Warning));
        }

        for (var i = 0; i < r.Confirmations.Count; i++)
        {
            var (reference, c) = r.Confirmations[i];
            if (i > 0)
            {
                blocks.Add(new PageBreakBlock());
            }

            blocks.Add(new KeepTogetherBlock(
            [
                new HeadingBlock($"{reference}  Confirmation, {FormatDate(c.Date)}"),
                new HeadingBlock("Registrant", 3),
                new KeyValueBlock(Registrant(input)),
                new HeadingBlock("Confirmer", 3),
                new KeyValueBlock(
                [
                    new("Reference", reference), new("Date of confirmation", FormatDate(c.Date)), new("Confirmer's name", Or(c.ConfirmerName, "Missing")),
                    new("Category", c.ConfirmerCategory.Name()), new("Role", Or(c.ConfirmerRole, "Not given")),
                    new("NMC registrant", c.ConfirmerIsNmcRegistrant ? "Yes" : "No"),
                    new(c.ConfirmerIsNmcRegistrant ? "NMC Pin" : "Professional ID",
                        Or(Join(" ", c.ConfirmerProfessionalId, c.ConfirmerIsNmcRegistrant ? "" : Parenthesised(c.ConfirmerRegulator)), "Not given")),
                    new("Email", Or(c.ConfirmerEmail, "Not given")), new("Professional address", Or(c.ConfirmerAddress, "Not given")),
                    new("Postcode", Or(c.ConfirmerPostcode, "Not given")),
                ]),
            ]));
            var checkedCount = ConfirmationItemsExtensions.Each.Count(item => c.ItemsConfirmed.HasFlag(item));
            blocks.Add(new HeadingBlock("Requirements the confirmer checked", 3));
            blocks.Add(new TableBlock(
                [new("Requirement", 4f), new("Checked", 1.5f)],
                ConfirmationItemsExtensions.Each.Select(item => c.ItemsConfirmed.HasFlag(item)
                    ? new TableRow([item.Name(), "Yes"])
                    : new TableRow([item.Name(), "Not recorded"], RowEmphasis.Flagged)).ToList()));
            if (checkedCount < ConfirmationItemsExtensions.Each.Count)
            {
                blocks.Add(new NoticeBlock(
                    $"{checkedCount} of the {ConfirmationItemsExtensions.Each.Count} requirements are recorded as checked by the confirmer.",
                    NoticeKind.Warning));
            }

            blocks.Add(new KeepTogetherBlock(
            [
                new HeadingBlock("Confirmer's declaration", 3),
                .. SignedBy(input, c.SignOffId) is { } signed
                    ? ElectronicSignatureBlocks(signed, "Confirmer")
                    : [
                        new ParagraphBlock(
                            "The confirmer signs to say that they have seen the evidence of each requirement ticked above and that the "
                            + "details given about them are correct.", TextEmphasis.Muted),
                        SignatureLines("Confirmer"),
                    ],
            ]));
        }

        return new DocumentSection(PortfolioSectionKind.Confirmation, "Confirmation", blocks);
    }

    private static List<KeyValue> Registrant(PortfolioInput input) =>
    [
        new("Registrant's name", input.OwnerDisplayName),
        new("Registrant's NMC Pin", Or(input.Registration.RegistrationNumber, "Not given")),
    ];

    private static KeyValueBlock SignatureLines(string who) => new(
    [
        new($"{who}'s signature", "______________________________________"),
        new("Date", "____ / ____ / ________"),
        new("Registrant's signature", "______________________________________"),
        new("Date", "____ / ____ / ________"),
    ]);

    private static DocumentSection NmcDeclarations(RecordSet r)
    {
        var blocks = new List<Block>();
        foreach (var kind in new[] { DeclarationKind.HealthAndCharacter, DeclarationKind.Indemnity })
        {
            var title = kind == DeclarationKind.Indemnity ? "Professional indemnity arrangement" : "Health and character";
            var (reference, d) = r.Declarations.FirstOrDefault(x => x.Declaration.Kind == kind);
            if (d is null)
            {
                blocks.Add(new HeadingBlock(title));
                blocks.Add(new NoticeBlock("No declaration recorded.", NoticeKind.Warning));
                continue;
            }

            var items = new List<KeyValue> { new("Reference", reference), new("Date", FormatDate(d.Date)), new("Statement", Or(d.Statement, "—")) };
            if (kind == DeclarationKind.Indemnity)
            {
                items.Add(new("Cover", d.IndemnityThroughEmployer ? "Through my employer" : $"Provider: {Or(d.IndemnityProvider, "not given")}"));
            }

            blocks.Add(new KeepTogetherBlock([new HeadingBlock($"{reference}  {title}"), new KeyValueBlock(items)]));
        }

        return new DocumentSection(PortfolioSectionKind.Declarations, "Declarations", blocks);
    }

    /// <summary>Participatory hours as the rules count them: never more than the activity's hours.</summary>
    private static decimal Participatory(CpdActivity a) => Math.Max(0m, Math.Min(a.ParticipatoryHours, a.Hours));

    internal static string MethodName(CpdMethod method) => DisplayNames.Of(method);

    private static string SourceName(FeedbackSource source) => DisplayNames.Of(source);

    private static string Join(string separator, params string[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));

    private static string Labelled(string label, string value) => string.IsNullOrWhiteSpace(value) ? "" : $"{label}: {value.Trim()}";

    private static string Parenthesised(string value) => string.IsNullOrWhiteSpace(value) ? "" : $"({value.Trim()})";
}
