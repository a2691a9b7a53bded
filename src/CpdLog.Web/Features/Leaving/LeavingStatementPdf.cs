namespace CpdLog.Web.Features.Leaving;

using CpdLog.Portfolio;

/// <summary>
/// The leaving statement as a PDF, drawn by the portfolio renderer (SkiaSharp) from the same <see cref="LeavingStatement"/>
/// the page and the API show. It is not an issued portfolio: it has no verification code.
/// </summary>
public sealed class LeavingStatementPdf(IPortfolioRenderer renderer)
{
    public static string FileName(LeavingStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return $"leaving-statement-{statement.LeavingDate:yyyy-MM-dd}.pdf";
    }

    public async Task<byte[]> RenderAsync(LeavingStatement statement, CancellationToken ct)
    {
        using var output = new MemoryStream();
        await renderer.RenderAsync(Document(statement), output, ct);
        return output.ToArray();
    }

    public static PortfolioDocument Document(LeavingStatement s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var subtitle = $"If I leave on {UkFormat.Date(s.LeavingDate)}";
        var cover = new CoverPage("Leaving statement", subtitle,
        [
            new KeyValue("Leaving date", UkFormat.Date(s.LeavingDate)),
            new KeyValue("Reason", s.ReasonText),
            new KeyValue("Total repayable", UkFormat.Money(s.TotalRepayable)),
            new KeyValue("Prepared", UkFormat.Instant(s.PreparedAt)),
        ],
            "What leaves with you, what stays with your employer and what you would repay under your learning agreements on this date. "
            + "The figures are the ones your employer's leaver statement shows for the same date and reason.");

        var repay = new List<Block>();
        if (s.Agreements.Count == 0)
        {
            repay.Add(new ParagraphBlock("You have no learning agreements on approved study: nothing is repayable."));
        }

        foreach (var a in s.Agreements)
        {
            repay.Add(new KeepTogetherBlock(
            [
                new HeadingBlock(a.Study),
                new KeyValueBlock(
                [
                    new KeyValue("Agreement", a.Agreement),
                    new KeyValue("Accepted", UkFormat.Date(a.AcceptedOn)),
                    new KeyValue("Completed", a.CompletedOn is { } c ? UkFormat.Date(c) : "Not completed"),
                    new KeyValue("Cost basis", UkFormat.Money(a.CostBasis)),
                    new KeyValue("Repayment schedule", a.Schedule),
                    new KeyValue("Repayment is triggered by", a.Triggers),
                    new KeyValue("Nothing is repayable for", a.Waivers),
                    new KeyValue("Repayable", $"{UkFormat.Money(a.Repayable)} ({UkFormat.Percent(a.Percent)})"),
                ]),
                new ParagraphBlock(a.Explanation),
            ]));
        }

        repay.Add(new ParagraphBlock($"Total repayable: {UkFormat.Money(s.TotalRepayable)}", TextEmphasis.Bold));

        var leaves = new List<Block>
        {
            new ParagraphBlock($"Your personal archive ({s.ArchiveUrl}) holds all of this; download it before you leave."),
            new TableBlock(
                [new TableColumn("Record", 3), new TableColumn("Count", 1, ColumnAlign.Right), new TableColumn("In the bin", 1, ColumnAlign.Right)],
                [.. s.LeavesWithYou.Select(c => new TableRow([c.Kind, UkFormat.Whole(c.Count), UkFormat.Whole(c.InBin)]))]),
        };

        var stays = new List<Block>
        {
            new TableBlock(
                [new TableColumn("Record", 2), new TableColumn("Count", 1, ColumnAlign.Right), new TableColumn("What it is", 4)],
                [.. s.StaysWithEmployer.Select(c => new TableRow([c.Kind, UkFormat.Whole(c.Count), c.Note]))]),
        };

        var study = new List<Block>();
        if (s.Qualifications.Count == 0)
        {
            study.Add(new ParagraphBlock("You have no qualifications in progress."));
        }

        foreach (var q in s.Qualifications)
        {
            study.Add(new HeadingBlock(q.Title));
            study.Add(new ParagraphBlock($"{q.AwardingBody}, expected to complete {UkFormat.Date(q.ExpectedCompletionDate)}."));
            study.Add(q.Support.Count == 0
                ? new ParagraphBlock("Not linked to funding from this employer: no support stops.")
                : new TableBlock(
                    [new TableColumn("Funding", 2), new TableColumn("Status", 1), new TableColumn("What stops", 4)],
                    [.. q.Support.Select(x => new TableRow([x.Study, x.Status, x.WhatStops]))]));
        }

        return new PortfolioDocument(
            new PortfolioMetadata("Leaving statement", s.PersonName, subtitle, ["leaving statement", "learning agreement", "repayment"], s.PreparedAt),
            cover,
            [
                new DocumentSection(PortfolioSectionKind.FundedStudy, "What you would repay", repay),
                new DocumentSection(PortfolioSectionKind.EvidenceIndex, "What leaves with you", leaves),
                new DocumentSection(PortfolioSectionKind.FundedStudy, "What stays with your employer", stays),
                new DocumentSection(PortfolioSectionKind.FundedStudy, "Qualifications in progress", study),
            ],
            VerificationCode: "",
            VerifyUrl: "");
    }
}
