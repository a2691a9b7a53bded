namespace CpdLog.Web.Features.Admin.Bodies;

using CpdLog.Core.Compliance;
using CpdLog.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(CustomBodyAdministration bodies) : PageModel
{
    public IReadOnlyList<CustomBodyDefinition> Custom { get; private set; } = [];

    public IReadOnlyList<IBodyRuleSet> BuiltIn => BodyCatalogue.All;

    public async Task OnGetAsync(CancellationToken ct) => Custom = await bodies.ListAsync(ct);
}
