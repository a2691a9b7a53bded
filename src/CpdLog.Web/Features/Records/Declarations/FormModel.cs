namespace CpdLog.Web.Features.Records.Declarations;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using Microsoft.AspNetCore.Mvc;

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<Declaration, DeclarationInput>(db, mapper, clock)
{
    /// <summary>The kind chosen by a "what to do next" link (<c>?kind=Indemnity</c>); anything else leaves the default.</summary>
    [FromQuery(Name = "kind")]
    public string? PresetKind { get; set; }

    protected override DeclarationInput Blank(DateOnly today) => new()
    {
        Date = today,
        Kind = Enum.TryParse<DeclarationKind>(PresetKind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : DeclarationKind.HealthAndCharacter,
        IndemnityThroughEmployer = true,
    };
}
