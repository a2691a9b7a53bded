namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Compliance;
using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using static CpdLog.Portfolio.Tests.Builders;

/// <summary>Issue 12: references, included records, NMC form pages, HCPC evidence, deadlines (builder level).</summary>
public class PortfolioConsistencyTests
{
    private static readonly CpdCycle Cycle = new(D(2023, 1, 1), D(2025, 12, 31), D(2025, 12, 1));

    [Fact]
    public void Build_SavedRecords_KeepTheirOwnReferenceInEveryTemplate()
    {
        var early = Saved(Activity("Early", D(2023, 2, 1)), 17);
        var late = Saved(Activity("Late", D(2024, 2, 1)), 4);
        var file = Saved(new EvidenceFile { RecordKind = RecordKind.Activity, RecordId = late.Id, FileName = "cert.pdf", Sha256 = new string('b', 64) }, 3);

        foreach (var template in new[] { PortfolioTemplate.Nmc, PortfolioTemplate.Hcpc, PortfolioTemplate.Generic })
        {
            var document = PortfolioBuilder.Build(Input(template) with { Activities = [late, early], Evidence = [file] });

            var log = Log(document);
            Assert.Equal(["A17", "A4"], log.Rows.Where(r => r.Emphasis == RowEmphasis.None).Select(r => r.Cells[0]));
            var index = Section(document, PortfolioSectionKind.EvidenceIndex).Blocks.OfType<TableBlock>().Single();
            Assert.Equal("E3", index.Rows.Single().Cells[0]);
            Assert.StartsWith("A4 Late", index.Rows.Single().Cells[4], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_PrivateItemsExcluded_SummaryAndCoverSayHowManyAndThatTheDashboardCountsThem()
    {
        var input = Input() with
        {
            Activities = [Activity("Open", D(2024, 1, 1)), Activity("Hidden", D(2024, 1, 2), isPrivate: true), Activity("Hidden 2", D(2024, 1, 3), isPrivate: true)],
            Reflections = [new ReflectiveAccount { Title = "Private thoughts", Date = D(2024, 2, 1), IsPrivate = true }],
        };

        var document = PortfolioBuilder.Build(input);

        var notice = Section(document, PortfolioSectionKind.RequirementsSummary).Blocks.OfType<NoticeBlock>().First();
        Assert.Contains("2 CPD activities and 1 reflective account", notice.Text, StringComparison.Ordinal);
        Assert.Contains("dashboard", notice.Text, StringComparison.Ordinal);
        Assert.Equal("Excluded: 2 CPD activities and 1 reflective account", document.Cover.Details.Single(d => d.Key == "Private items").Value);
        Assert.Equal(2, Log(document).Rows.Count); // "Open" and the total
    }

    [Fact]
    public void Selection_LeavesOutRecordsDatedAfterTheJudgementDate_AsTheRulesDo()
    {
        var input = Input() with { AsOf = D(2024, 6, 30), Activities = [Activity("Done", D(2024, 6, 30)), Activity("Future", D(2024, 7, 1))] };

        var selection = PortfolioSelection.From(input);

        Assert.Equal(["Done"], selection.Activities.Select(a => a.Title));
    }

    [Fact]
    public void Build_NmcReflectionWithoutCodeTheme_IsPrintedAsSuch_AndTheSummaryDoesNotSayAllMet()
    {
        var input = Input() with
        {
            Compliance = MetResult(),
            Activities = [Activity("No theme", D(2024, 1, 1))],
            Reflections = [new ReflectiveAccount { Title = "No theme either", Date = D(2024, 2, 1) }],
        };

        var document = PortfolioBuilder.Build(input);

        Assert.Equal("No Code theme selected", Log(document).Rows[0].Cells[4]);
        var notices = Section(document, PortfolioSectionKind.RequirementsSummary).Blocks.OfType<NoticeBlock>().ToList();
        Assert.DoesNotContain(notices, n => n.Text.Contains("All requirements are met", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Kind == NoticeKind.Warning && n.Text.Contains("1 of the reflective accounts name no theme of the Code", StringComparison.Ordinal));
        Assert.DoesNotContain("All required items met", document.Cover.Details.Single(d => d.Key == "Requirements").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeadlinePassed_IsWordedInThePastTense()
    {
        var past = PortfolioBuilder.Build(Input() with { Compliance = MetResult(), GeneratedAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero) });
        var future = PortfolioBuilder.Build(Input() with { Compliance = MetResult() });

        var pastItems = Section(past, PortfolioSectionKind.RequirementsSummary).Blocks.OfType<KeyValueBlock>().First().Items;
        Assert.Contains(pastItems, kv => kv.Key == "Deadline was" && kv.Value == "1 Dec 2025 (this deadline has passed)");
        var futureItems = Section(future, PortfolioSectionKind.RequirementsSummary).Blocks.OfType<KeyValueBlock>().First().Items;
        Assert.Contains(futureItems, kv => kv.Key == "Deadline" && kv.Value == "1 Dec 2025");
    }

    [Fact]
    public void Build_NmcConfirmation_CarriesRegistrantConfirmerCategoryItemsAndSignatureLines()
    {
        var confirmation = Saved(new Confirmation
        {
            Date = D(2025, 10, 1), ConfirmerName = "Dr Amira Haddad", ConfirmerRole = "Ward manager", ConfirmerIsNmcRegistrant = true,
            ConfirmerProfessionalId = "09B8765C", ConfirmerEmail = "amira@example.nhs.uk", ConfirmerAddress = "1 Ward Road, Leeds",
            ConfirmerPostcode = "LS1 4AB", ConfirmerCategory = ConfirmerCategory.NmcRegistrantLineManager,
            ItemsConfirmed = ConfirmationItems.PracticeHours | ConfirmationItems.CpdHours,
        }, 2);

        var blocks = Section(PortfolioBuilder.Build(Input() with { Confirmations = [confirmation] }), PortfolioSectionKind.Confirmation).Blocks;

        var items = Flatten(blocks).OfType<KeyValueBlock>().SelectMany(k => k.Items).ToList();
        Assert.Contains(items, kv => kv.Key == "Registrant's name" && kv.Value == "Zoë Siân Łukasz");
        Assert.Contains(items, kv => kv.Key == "Registrant's NMC Pin" && kv.Value == "12A3456E");
        Assert.Contains(items, kv => kv.Key == "Category" && kv.Value == "Line manager who is an NMC registrant");
        Assert.Contains(items, kv => kv.Key == "Postcode" && kv.Value == "LS1 4AB");
        Assert.Contains(items, kv => kv.Key == "Confirmer's signature");
        Assert.Equal(2, items.Count(kv => kv.Key == "Date" && kv.Value.StartsWith("____", StringComparison.Ordinal)));
        var checks = blocks.OfType<TableBlock>().Single().Rows;
        Assert.Equal(7, checks.Count);
        Assert.Equal(["Yes", "Yes", "Not recorded"], checks.Take(3).Select(r => r.Cells[1]));
        Assert.StartsWith("C2", Flatten(blocks).OfType<HeadingBlock>().First().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NmcReflectiveAccounts_RemindToCheckForIdentifyingInformation_WithoutClaimingItIsAbsent()
    {
        var blocks = Section(PortfolioBuilder.Build(Input()), PortfolioSectionKind.ReflectiveAccounts).Blocks;

        var text = string.Join(" ", blocks.OfType<NoticeBlock>().Select(n => n.Text).Concat(blocks.OfType<ParagraphBlock>().Select(p => p.Text)));
        Assert.Contains("check that no account contains information that identifies another person", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No information that identifies another person is included", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Hcpc_StatesProfession_EvidencePagesAndStandards_AndActivityStandards()
    {
        var activity = Activity("Audit of falls", D(2024, 3, 1));
        activity.Standards = "1, 2, 3";
        var file = new EvidenceFile
        {
            RecordKind = RecordKind.Activity, RecordId = activity.Id, FileName = "audit.pdf", ContentType = "application/pdf",
            Description = "Audit report with my recommendations", Pages = 4, Standards = "3, 4", Sha256 = new string('c', 64),
        };

        var document = PortfolioBuilder.Build(Input(PortfolioTemplate.Hcpc) with { Profession = "Paramedic", Activities = [activity], Evidence = [file] });

        Assert.Contains(document.Cover.Details, d => d.Key == "Profession" && d.Value == "Paramedic");
        var row = Section(document, PortfolioSectionKind.EvidenceIndex).Blocks.OfType<TableBlock>().Single().Rows.Single();
        Assert.Equal("audit.pdf\nAudit report with my recommendations", row.Cells[1]);
        Assert.Equal("4 pages", row.Cells[2]);
        Assert.Equal("3, 4", row.Cells[3]);
        Assert.Contains("Standards: 1, 2, 3", Log(document).Rows.Single(r => r.Cells[0] == "A1").Cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RequirementsSummary_UsesTheStatusScaleWords_JudgedOnPrintedRecords()
    {
        // Issue 14: half way through the cycle, nothing printed for CPD hours is "At risk"; a confirmation whose window
        // has not opened is "Not due", never "Not met".
        var compliance = new ComplianceResult("NMC", "2016-04", Cycle,
        [
            new RequirementResult("cpd-hours", "CPD hours", 35, 0, "hours", false, RequirementSeverity.Required, "Log 35 more CPD hours.", "NMC"),
            new RequirementResult("confirmation", "Confirmation", 1, 0, "confirmation", false, RequirementSeverity.Required, "Meet your confirmer.", "NMC")
            {
                OpensOn = D(2024, 12, 1),
            },
            new RequirementResult("reflective-accounts", "Reflective accounts", 5, 5, "accounts", true, RequirementSeverity.Required, "", "NMC"),
        ])
        { AsOf = D(2024, 6, 1) };

        var section = Section(PortfolioBuilder.Build(Input() with { Compliance = compliance }), PortfolioSectionKind.RequirementsSummary);

        var rows = section.Blocks.OfType<TableBlock>().Single().Rows;
        Assert.Equal(["At risk", "Not due", "Met"], rows.Select(r => r.Cells[3]));
        Assert.Contains(section.Blocks.OfType<NoticeBlock>(), b => b.Text == "2 required item(s) not yet met (1 at risk, 1 not due).");
    }

    private static T Saved<T>(T record, int number)
        where T : IReferencedRecord
    {
        record.Number = number;
        return record;
    }

    private static ComplianceResult MetResult() => new("NMC", "2019", Cycle,
        [new RequirementResult("cpd-hours", "CPD hours", 35, 40, "hours", true, RequirementSeverity.Required, "", "NMC")])
    { AsOf = D(2025, 6, 1) };

    private static DocumentSection Section(PortfolioDocument document, PortfolioSectionKind kind) => document.Sections.Single(s => s.Kind == kind);

    private static TableBlock Log(PortfolioDocument document) =>
        document.Sections.Single(s => s.Kind is PortfolioSectionKind.CpdLog or PortfolioSectionKind.ActivityList).Blocks.OfType<TableBlock>().Single();

    private static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b is KeepTogetherBlock k ? Flatten(k.Blocks) : [b]);
}
