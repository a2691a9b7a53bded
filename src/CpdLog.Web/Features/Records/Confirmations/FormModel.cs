namespace CpdLog.Web.Features.Records.Confirmations;

using AutoMapper;

/// <summary>Add and Edit of a confirmation, with the NMC's confirmer categories and items as choices.</summary>
public sealed class FormModel(CpdLogDbContext db, IMapper mapper, TimeProvider clock) : RecordFormPageModel<Confirmation, ConfirmationInput>(db, mapper, clock)
{
    private static readonly IReadOnlyList<SelectListItem> Categories =
        [.. Enum.GetValues<ConfirmerCategory>().Select(c => new SelectListItem(c.Name(), c.ToString()))];

    private static readonly IReadOnlyList<SelectListItem> Items =
        [.. ConfirmationItemsExtensions.Each.Select(i => new SelectListItem(i.Name(), i.ToString()))];

    public IReadOnlyList<SelectListItem> CategoryChoices => Categories;

    public IReadOnlyList<SelectListItem> ItemChoices => Items;
}
