namespace CpdLog.Core.SignOffs;

using System.Text.Json;
using CpdLog.Core.Portfolio;

/// <summary>The records a sign-off recipient is shown: headed lists of short lines, nothing more.</summary>
public sealed record SignOffSummary(IReadOnlyList<SignOffSummarySection> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored summary; an empty one when the text cannot be read (never throws on old or damaged rows).</summary>
    public static SignOffSummary FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new([]);
        }

        try
        {
            return JsonSerializer.Deserialize<SignOffSummary>(json, Json) ?? new([]);
        }
        catch (JsonException)
        {
            return new([]);
        }
    }

    /// <summary>
    /// What the recipient of <paramref name="kind"/> needs to see, from the records a portfolio of the same period would
    /// print (<see cref="PortfolioSelection"/>): live records in the period, private ones only when the registrant chose.
    /// </summary>
    public static SignOffSummary Build(SignOffKind kind, PortfolioSelection records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var sections = new List<SignOffSummarySection>();
        switch (kind)
        {
            case SignOffKind.Confirmation:
                sections.Add(PracticeHours(records));
                sections.Add(Cpd(records));
                sections.Add(Feedback(records));
                sections.Add(Reflections(records));
                sections.Add(Discussions(records));
                break;
            case SignOffKind.Discussion:
                sections.Add(Reflections(records));
                break;
            default:
                sections.Add(Cpd(records));
                if (records.Reflections.Count > 0)
                {
                    sections.Add(Reflections(records));
                }

                break;
        }

        return new SignOffSummary(sections);
    }

    private static SignOffSummarySection PracticeHours(PortfolioSelection r)
    {
        var lines = r.PracticeHours.OrderBy(p => p.StartDate)
            .Select(p => $"{p.Reference} {p.Organisation}: {Hours(p.Hours)} hours ({Date(p.StartDate)} to {Date(p.EndDate)})").ToList();
        return new($"Practice hours: {Hours(r.PracticeHours.Sum(p => p.Hours))} hours in {Count(r.PracticeHours.Count, "entry", "entries")}", lines);
    }

    private static SignOffSummarySection Cpd(PortfolioSelection r)
    {
        var lines = r.Activities.OrderBy(a => a.EndDate)
            .Select(a => $"{a.Reference} {a.Title} ({Date(a.EndDate)}): {Hours(a.Hours)} hours, {Hours(a.ParticipatoryHours)} participatory").ToList();
        return new(
            $"Continuing professional development: {Hours(r.Activities.Sum(a => a.Hours))} hours, of which {Hours(r.Activities.Sum(a => a.ParticipatoryHours))} participatory, in {Count(r.Activities.Count, "activity", "activities")}",
            lines);
    }

    private static SignOffSummarySection Feedback(PortfolioSelection r)
    {
        var lines = r.Feedback.OrderBy(f => f.Date).Select(f => $"{f.Reference} {DisplayNames.Of(f.Source)} ({Date(f.Date)})").ToList();
        return new($"Practice-related feedback: {Count(r.Feedback.Count, "piece", "pieces")}", lines);
    }

    private static SignOffSummarySection Reflections(PortfolioSelection r)
    {
        var lines = r.Reflections.OrderBy(x => x.Date)
            .Select(x => $"{x.Reference} {x.Title} ({Date(x.Date)})" + (x.CodeThemes == CodeThemes.None ? "" : $"; the Code: {x.CodeThemes.Describe()}")).ToList();
        return new($"Written reflective accounts: {r.Reflections.Count}", lines);
    }

    private static SignOffSummarySection Discussions(PortfolioSelection r)
    {
        var lines = r.Discussions.OrderBy(d => d.Date).Select(d => $"{d.Reference} with {d.PartnerName} ({Date(d.Date)})").ToList();
        return new($"Reflective discussion: {Count(r.Discussions.Count, "recorded", "recorded")}", lines);
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    internal static string Hours(decimal hours) => UkFormat.Number(hours);

    internal static string Date(DateOnly date) => UkFormat.Date(date);
}
