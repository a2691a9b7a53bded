namespace CpdLog.Web.Features.Records.Feedback;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using Microsoft.AspNetCore.Mvc;

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<FeedbackEntry, FeedbackInput>(db, mapper, clock)
{
    /// <summary>The source chosen by a "what to do next" link (<c>?source=Patient</c>); anything else leaves the default.</summary>
    [FromQuery(Name = "source")]
    public string? PresetSource { get; set; }

    protected override FeedbackInput Blank(DateOnly today) => new()
    {
        Date = today,
        Source = Enum.TryParse<FeedbackSource>(PresetSource, ignoreCase: true, out var source) && Enum.IsDefined(source) ? source : FeedbackSource.Colleague,
    };
}
