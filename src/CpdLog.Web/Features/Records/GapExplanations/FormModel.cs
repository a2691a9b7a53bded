namespace CpdLog.Web.Features.Records.GapExplanations;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using Microsoft.AspNetCore.Mvc;

/// <summary>Add (optionally pre-filled from a gap on the dashboard: <c>?from=&amp;to=</c>) and Edit.</summary>
public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<GapExplanation, GapExplanationInput>(db, mapper, clock)
{
    [FromQuery(Name = "from")]
    public DateOnly? GapFrom { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? GapTo { get; set; }

    protected override GapExplanationInput Blank(DateOnly today) => new() { From = GapFrom, To = GapTo, IsPrivate = true };

    protected override string AfterSave(GapExplanation record) => "/Dashboard";
}
