namespace CpdLog.Portfolio.Tests;

using CpdLog.Core.Portfolio;
using CpdLog.Core.Records;
using static CpdLog.Portfolio.Tests.Builders;

public class PortfolioBuilderTests
{
    [Theory]
    [InlineData("NMC", PortfolioTemplate.Nmc)]
    [InlineData("hcpc", PortfolioTemplate.Hcpc)]
    [InlineData("CIPD", PortfolioTemplate.Generic)]
    [InlineData("OTHER", PortfolioTemplate.Generic)]
    public void ForBody_BodyCode_PicksTemplate(string code, PortfolioTemplate expected) =>
        Assert.Equal(expected, PortfolioTemplates.ForBody(code));

    [Fact]
    public void Build_Nmc_HasNmcSectionsInOrderWithoutOptionalFundedStudy()
    {
        var document = PortfolioBuilder.Build(Input());

        Assert.Equal(
            [
                PortfolioSectionKind.RequirementsSummary, PortfolioSectionKind.CpdLog, PortfolioSectionKind.PracticeHours,
                PortfolioSectionKind.Feedback, PortfolioSectionKind.ReflectiveAccounts, PortfolioSectionKind.ReflectiveDiscussion,
                PortfolioSectionKind.Confirmation, PortfolioSectionKind.Declarations, PortfolioSectionKind.EvidenceIndex,
            ],
            document.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void Build_CpdLog_HasNmcColumnsAndTotals()
    {
        var input = Input() with { Activities = [Activity("Sepsis update", D(2024, 3, 1), 3), Activity("Safeguarding", D(2024, 4, 1), 4.5m)] };

        var table = Table(PortfolioBuilder.Build(input), PortfolioSectionKind.CpdLog);

        Assert.Equal(
            ["Ref", "Dates", "Method", "Topic and how it relates to your practice", "Link to the Code", "Hours", "Participatory hours"],
            table.Columns.Select(c => c.Header));
        Assert.Equal(["A1", "A2"], table.Rows.Take(2).Select(r => r.Cells[0]));
        Assert.Equal(RowEmphasis.Total, table.Rows[^1].Emphasis);
        Assert.Equal("7.5", table.Rows[^1].Cells[5]);
    }

    [Fact]
    public void Build_PrivateBinnedAndOutOfPeriodActivities_AreLeftOut()
    {
        var binned = Activity("Binned", D(2024, 5, 1));
        binned.MoveToBin(DateTimeOffset.UnixEpoch);
        var input = Input() with
        {
            Activities =
            [
                Activity("Kept", D(2024, 5, 1)), Activity("Private", D(2024, 5, 2), isPrivate: true), binned,
                Activity("Too early", D(2022, 12, 31)), Activity("Planned", D(2024, 5, 3)) is var planned ? planned : null!,
            ],
        };
        planned.Status = ActivityStatus.Planned;

        var rows = Table(PortfolioBuilder.Build(input), PortfolioSectionKind.CpdLog).Rows;

        Assert.Equal(2, rows.Count); // "Kept" and the totals row
        Assert.StartsWith("Kept", rows[0].Cells[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_IncludePrivateItems_KeepsPrivateActivities()
    {
        var input = Input() with
        {
            Activities = [Activity("Private", D(2024, 5, 2), isPrivate: true)],
            Options = new PortfolioOptions { IncludePrivateItems = true },
        };

        var rows = Table(PortfolioBuilder.Build(input), PortfolioSectionKind.CpdLog).Rows;

        Assert.StartsWith("Private", rows[0].Cells[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ChosenSections_OnlyThoseInTemplateOrder()
    {
        var input = Input() with
        {
            Options = new PortfolioOptions { Sections = new HashSet<PortfolioSectionKind> { PortfolioSectionKind.FundedStudy, PortfolioSectionKind.CpdLog, PortfolioSectionKind.SummaryOfPractice } },
            FundedStudy = [new FundedStudyLine("V300 prescribing", "Bangor University", D(2024, 1, 1), D(2024, 6, 30), 2400.5m, "Approved")],
        };

        var document = PortfolioBuilder.Build(input);

        Assert.Equal([PortfolioSectionKind.CpdLog, PortfolioSectionKind.FundedStudy], document.Sections.Select(s => s.Kind));
        var funded = Table(document, PortfolioSectionKind.FundedStudy);
        Assert.Equal("£2,400.50", funded.Rows[0].Cells[3]);
    }

    [Fact]
    public void Build_EvidenceIndex_ListsShaAndCrossReferencesTheRecord()
    {
        var activity = Activity("Sepsis update", D(2024, 3, 1));
        var sha = new string('a', 64);
        var input = Input() with
        {
            Activities = [activity],
            Evidence =
            [
                new EvidenceFile { RecordKind = RecordKind.Activity, RecordId = activity.Id, FileName = "cert.pdf", Sha256 = sha, SizeBytes = 2048 },
                new EvidenceFile { RecordKind = RecordKind.Activity, RecordId = Guid.NewGuid(), FileName = "orphan.pdf", Sha256 = sha },
            ],
        };

        var document = PortfolioBuilder.Build(input);

        var index = Table(document, PortfolioSectionKind.EvidenceIndex);
        Assert.Equal(["E1", "cert.pdf", "File, 2 KB", "—", "A1 Sepsis update", sha], index.Rows.Single().Cells);
        Assert.Contains("Evidence: E1", Table(document, PortfolioSectionKind.CpdLog).Rows[0].Cells[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HcpcSummaryOver500Words_IsFlagged()
    {
        var input = Input(PortfolioTemplate.Hcpc) with
        {
            SummaryOfPractice = string.Join(' ', Enumerable.Repeat("word", 501)),
            PersonalStatement = "I met standard one.",
        };

        var document = PortfolioBuilder.Build(input);

        var summary = Notice(document, PortfolioSectionKind.SummaryOfPractice);
        Assert.Equal(NoticeKind.Warning, summary.Kind);
        Assert.Contains("501 words", summary.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeKind.Info, Notice(document, PortfolioSectionKind.PersonalStatement).Kind);
    }

    [Fact]
    public void Build_HcpcActivityList_ChronologicalWithGapRowsFlagged()
    {
        var input = Input(PortfolioTemplate.Hcpc) with
        {
            Period = new PortfolioPeriod(D(2024, 1, 1), D(2024, 12, 31)),
            Activities = [Activity("Later", D(2024, 12, 1)), Activity("First", D(2024, 1, 10)), Activity("Second", D(2024, 3, 1))],
        };

        var rows = Table(PortfolioBuilder.Build(input), PortfolioSectionKind.ActivityList).Rows;

        Assert.Equal(["A1", "A2", "Gap", "A3"], rows.Select(r => r.Cells[0]));
        Assert.Equal(RowEmphasis.Flagged, rows[2].Emphasis);
        Assert.Contains("8 months", rows[2].Cells[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyNmc_EveryTableSaysNoEntries()
    {
        var document = PortfolioBuilder.Build(Input());

        var table = Table(document, PortfolioSectionKind.CpdLog);
        Assert.Empty(table.Rows);
        Assert.Equal("No entries in this period.", table.EmptyText);
        Assert.Contains(document.Sections.Single(s => s.Kind == PortfolioSectionKind.ReflectiveAccounts).Blocks.OfType<NoticeBlock>(),
            n => n.Kind == NoticeKind.Warning);
    }

    [Fact]
    public void Build_GenericWithoutCompliance_SaysNoAssessment()
    {
        var document = PortfolioBuilder.Build(Input(PortfolioTemplate.Generic));

        Assert.Equal(NoticeKind.Info, Notice(document, PortfolioSectionKind.RequirementsSummary).Kind);
        Assert.Contains(document.Sections, s => s.Kind == PortfolioSectionKind.ActivityList && s.Title == "Activity log");
    }

    [Fact]
    public void Build_Metadata_NamesOwnerBodyAndCode()
    {
        var document = PortfolioBuilder.Build(Input());

        Assert.Equal("Zoë Siân Łukasz", document.Metadata.Author);
        Assert.Contains("NMC", document.Metadata.Keywords);
        Assert.Contains(document.Cover.Details, d => d.Key == "Verification code" && d.Value == "ABCDE-12345");
    }

    [Fact]
    public void Build_NmcReflectiveAccounts_OnePerPageWithFourQuestionsAndThemes()
    {
        var input = Input() with
        {
            Reflections = Enumerable.Range(1, 5).Select(i => new ReflectiveAccount
            {
                Title = $"Account {i}", Date = D(2024, i, 1), Nature = "n", Learning = "l", ChangeInPractice = "c", CodeRelevance = "r",
                CodeThemes = CodeThemes.PreserveSafety | CodeThemes.PrioritisePeople,
            }).ToList(),
        };

        var blocks = PortfolioBuilder.Build(input).Sections.Single(s => s.Kind == PortfolioSectionKind.ReflectiveAccounts).Blocks;

        Assert.Equal(4, blocks.OfType<PageBreakBlock>().Count());
        Assert.Equal(20, blocks.OfType<HeadingBlock>().Count(h => h.Level == 3));
        Assert.Contains(blocks.OfType<KeyValueBlock>().SelectMany(k => k.Items), kv => kv.Value == "Prioritise people, Preserve safety");
    }

    private static TableBlock Table(PortfolioDocument document, PortfolioSectionKind kind) =>
        document.Sections.Single(s => s.Kind == kind).Blocks.OfType<TableBlock>().Single();

    private static NoticeBlock Notice(PortfolioDocument document, PortfolioSectionKind kind) =>
        document.Sections.Single(s => s.Kind == kind).Blocks.OfType<NoticeBlock>().First();
}
