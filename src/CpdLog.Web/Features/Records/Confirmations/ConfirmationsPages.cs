namespace CpdLog.Web.Features.Records.Confirmations;

using AutoMapper;
using CpdLog.Core.Records;
using CpdLog.Data;
using Microsoft.AspNetCore.Mvc.Rendering;

public sealed class IndexModel(CpdLogDbContext db, IMapper mapper) : RecordIndexPageModel<Confirmation, ConfirmationDto>(db, mapper)
{
    protected override RecordType<Confirmation> Type => RecordTypes.Confirmations;
}

public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<Confirmation, ConfirmationInput>(db, mapper, clock)
{
    protected override RecordType<Confirmation> Type => RecordTypes.Confirmations;

    private static readonly IReadOnlyList<SelectListItem> Categories =
        [.. Enum.GetValues<ConfirmerCategory>().Select(c => new SelectListItem(c.Name(), c.ToString()))];

    private static readonly IReadOnlyList<SelectListItem> Items =
        [.. ConfirmationItemsExtensions.Each.Select(i => new SelectListItem(i.Name(), i.ToString()))];

    public IReadOnlyList<SelectListItem> CategoryChoices => Categories;

    public IReadOnlyList<SelectListItem> ItemChoices => Items;

    protected override ConfirmationInput Blank(DateOnly today) => new() { Date = today };
}

public sealed class DeleteModel(CpdLogDbContext db, TimeProvider clock) : RecordDeletePageModel<Confirmation>(db, clock)
{
    protected override RecordType<Confirmation> Type => RecordTypes.Confirmations;
}
