namespace CpdLog.Core.Portfolio;

using CpdLog.Core.Compliance;
using CpdLog.Core.Time;

// HCPC CPD profile parts 1–4 (hcpc-uk.org "How to complete your CPD profile"); see shared/domain/professional-bodies.md §2.
public static partial class PortfolioBuilder
{
    private static DocumentSection HcpcSummaryOfPractice(string text) =>
        new(PortfolioSectionKind.SummaryOfPractice, "Summary of practice history",
            [WordLimitNotice(text, WordCounter.HcpcSummaryOfPracticeLimit), Text(text)]);

    private static DocumentSection HcpcPersonalStatement(string text) =>
        new(PortfolioSectionKind.PersonalStatement, "Personal statement: how I have met the standards",
        [
            WordLimitNotice(text, WordCounter.HcpcPersonalStatementLimit),
            new ParagraphBlock("Evidence references (E1, E2, ...) point to the evidence index.", TextEmphasis.Muted),
            Text(text),
        ]);

    private static NoticeBlock WordLimitNotice(string text, int limit)
    {
        var words = WordCounter.Count(text);
        return words > limit
            ? new NoticeBlock($"{UkFormat.Count(words, "word", "words")}: over the {UkFormat.Whole(limit)}-word limit by {UkFormat.Whole(words - limit)}.", NoticeKind.Warning)
            : new NoticeBlock($"{UkFormat.Count(words, "word", "words")} (limit {UkFormat.Whole(limit)}).", NoticeKind.Info);
    }

    /// <summary>The gaps the HCPC profile prints: one computation for the activity list and the summary's gap figure.</summary>
    private static IReadOnlyList<CpdGap> HcpcGaps(PortfolioInput input, RecordSet r) =>
        ActivityGaps.Find(r.Activities.Select(x => x.Activity), input.Period, UkCalendar.DateOf(input.GeneratedAt), input.GapExplanations);

    /// <summary>For the HCPC profile, the summary judges the continuous record from the same gaps the list prints.</summary>
    private static PortfolioInput WithHcpcGaps(PortfolioInput input, RecordSet r) =>
        input.Template == PortfolioTemplate.Hcpc && input.Compliance is not null
            ? input with { Compliance = ActivityGaps.WithGaps(input.Compliance, HcpcGaps(input, r)) }
            : input;

    private static DocumentSection HcpcActivityList(RecordSet r, PortfolioInput input)
    {
        var gaps = HcpcGaps(input, r);
        var rows = new List<TableRow>();
        var pendingGaps = new Queue<CpdGap>(gaps);

        foreach (var (reference, a) in r.Activities)
        {
            while (pendingGaps.Count > 0 && pendingGaps.Peek().To < a.StartDate)
            {
                rows.Add(GapRow(pendingGaps.Dequeue()));
            }

            rows.Add(new TableRow([
                reference, FormatRange(a.StartDate, a.EndDate),
                Join("\n", a.Title, a.LearningOutcomes.Length > 0 ? a.LearningOutcomes : a.Description, Labelled("Standards", a.Standards)),
                TypeName(a.ActivityType), FormatNumber(a.Hours), r.EvidenceRefs(RecordKind.Activity, a.Id),
            ]));
        }

        while (pendingGaps.Count > 0)
        {
            rows.Add(GapRow(pendingGaps.Dequeue()));
        }

        var unexplained = gaps.Count(g => !g.Explained);
        var explained = gaps.Count - unexplained;
        var blocks = new List<Block>
        {
            new ParagraphBlock("All CPD activities since the last renewal, oldest first.", TextEmphasis.Muted),
            gaps.Count == 0
                ? new NoticeBlock("No gap of 3 months or more between activities.", NoticeKind.Success)
                : unexplained == 0
                    ? new NoticeBlock($"{GapCount(explained)} of 3 months or more, each explained below.", NoticeKind.Info)
                    : new NoticeBlock($"{GapCount(gaps.Count)} of 3 months or more, {unexplained} not explained: the HCPC asks for an explanation of each.", NoticeKind.Warning),
        };
        var types = r.Activities.Select(x => x.Activity.ActivityType).Distinct().Count();
        if (r.Activities.Count > 0 && types < 2)
        {
            blocks.Add(new NoticeBlock("Only one type of activity: the HCPC expects a mixture (at least two types).", NoticeKind.Warning));
        }

        blocks.Add(new TableBlock(
            [new("Ref", 0.6f), new("Dates", 1.6f), new("Activity and what I learnt", 4.4f, TitleFirst: true), new("Type", 1.5f), new("Hours", 0.9f, ColumnAlign.Right), new("Evidence", 1f)],
            rows));
        return new DocumentSection(PortfolioSectionKind.ActivityList, "CPD activities", blocks);
    }

    private static string GapCount(int n) => n == 1 ? "1 gap" : $"{n} gaps";

    private static TableRow GapRow(CpdGap gap)
    {
        var months = gap.WholeMonths == 1 ? "1 month" : $"{gap.WholeMonths} months";
        var text = gap.Explanations.Count == 0
            ? $"No CPD activity for {months}: explanation required."
            : $"No CPD activity for {months}. "
              + string.Join("\n", gap.Explanations.Select(e =>
                  $"Explanation ({FormatRange(e.From, e.To)}): {e.Reason}{(e.Details.Length > 0 ? ". " + e.Details : "")}"))
              + (gap.Explained ? "" : "\nPart of this gap is still unexplained.");
        return new TableRow(["Gap", FormatRange(gap.From, gap.To), text, "", "", ""], gap.Explained ? RowEmphasis.None : RowEmphasis.Flagged);
    }

    private static DocumentSection GenericActivityLog(RecordSet r)
    {
        var rows = r.Activities.Select(x =>
        {
            var a = x.Activity;
            var flags = Join(", ", a.IsVerifiable ? "Verifiable" : "", a.IsEthics ? "Ethics" : "");
            return new TableRow([
                x.Ref, FormatRange(a.StartDate, a.EndDate),
                Join("\n", a.Title, a.Description, Labelled("Outcomes", a.LearningOutcomes), Labelled("Standards", a.Standards)),
                MethodName(a.Method), FormatNumber(a.Hours), flags, r.EvidenceRefs(RecordKind.Activity, a.Id),
            ]);
        }).ToList();
        if (rows.Count > 0)
        {
            rows.Add(new TableRow(["", "Total", $"{rows.Count} activities", "", FormatNumber(r.Activities.Sum(x => x.Activity.Hours)), "", ""], RowEmphasis.Total));
        }

        return new DocumentSection(PortfolioSectionKind.ActivityList, "Activity log",
        [
            new TableBlock(
                [new("Ref", 0.6f), new("Dates", 1.5f), new("Activity", 4.0f, TitleFirst: true), new("Method", 1.4f), new("Hours", 0.9f, ColumnAlign.Right), new("Flags", 1.1f), new("Evidence", 1.1f)],
                rows),
        ]);
    }

    private static string TypeName(ActivityType type) => type switch
    {
        ActivityType.WorkBasedLearning => "Work-based learning",
        ActivityType.ProfessionalActivity => "Professional activity",
        ActivityType.FormalEducational => "Formal or educational",
        ActivityType.SelfDirectedLearning => "Self-directed learning",
        _ => "Other",
    };
}
