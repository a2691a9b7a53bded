namespace CpdLog.Web.Features.Admin.Bodies;

using CpdLog.Data;
using CpdLog.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

/// <summary>Changes a custom body's rules; the code stays, the rule version goes up.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(CpdLogDbContext db, CustomBodyAdministration bodies) : PageModel
{
    [BindProperty]
    public BodyForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var body = await db.CustomBodies.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (body is null)
        {
            return NotFound();
        }

        Input = BodyForm.From(body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await bodies.UpdateAsync(id, Input.ToRequest(), ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            AdminForms.AddErrors(ModelState, result.Errors);
            return Page();
        }

        TempData["Success"] = $"{result.Body!.Name} updated (rules now custom-v{result.Body.Version})";
        return Redirect("/Admin/Bodies");
    }
}
