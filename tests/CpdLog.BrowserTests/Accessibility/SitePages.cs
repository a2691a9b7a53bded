namespace CpdLog.BrowserTests.Accessibility;

using System.Text.RegularExpressions;
using CpdLog.BrowserTests.Infrastructure;
using CpdLog.Core.Funding;
using CpdLog.Data;
using CpdLog.IntegrationTests.Security;
using CpdLog.Web.Features.Notifications;
using CpdLog.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The pages each role can reach, read from the app's own route table (as the authorisation matrix test reads it) and
/// filtered by <see cref="AuthorizationMatrix.Expected"/>; route values come from the seeded demo data.
/// </summary>
public static partial class SitePages
{
    /// <summary>Seeds the demo data (once) and returns every page <paramref name="role"/> visits.</summary>
    public static async Task<IReadOnlyList<PageVisit>> ForAsync(BrowserAppFixture app, BrowserRole role)
    {
        var values = await DemoValuesAsync(app);
        var visits = new List<PageVisit>();
        var unfilled = new List<string>();
        foreach (var route in PageRoutes(app))
        {
            if (AccessibilityExclusions.IsExcludedRoute(route))
            {
                continue;
            }

            var access = AuthorizationMatrix.Expected.TryGetValue("GET " + route, out var a)
                ? a
                : throw new InvalidOperationException($"{route} has no entry in AuthorizationMatrix.Expected.");
            if (!role.Reaches.Contains(access))
            {
                continue;
            }

            // Pages open to every signed-in user are checked as the demo manager, whose records fill them; the other
            // roles check them only on their dashboard (AccessibilityExclusions.Scope says why).
            if (access == Access.User && role != BrowserRole.Manager && route != "/Dashboard" && !route.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }

            var parameters = Parameter().Matches(route).Select(m => m.Groups[1].Value).ToList();
            var required = Parameter().Matches(route).Where(m => !m.Value.EndsWith("?}", StringComparison.Ordinal)).ToList();
            if (required.Count == 0)
            {
                var bare = Parameter().Replace(route, "").TrimEnd('/');
                visits.Add(new PageVisit(route, (bare.Length == 0 ? "/" : bare) + values.Query.GetValueOrDefault(route, ""), route == "/Error" ? 404 : 200));
                continue;
            }

            // A page with an id: only its owner reaches it (the demo manager, or the line manager for a decision).
            var section = Section(route);
            if (!values.Ids.TryGetValue(section, out var target))
            {
                unfilled.Add($"{route} (section {section})");
                continue;
            }

            var owner = access == Access.User ? target.Role : role;
            if (owner == role)
            {
                visits.Add(new PageVisit(route, Fill(route, target.Id)));
            }
        }

        return unfilled.Count == 0
            ? visits
            : throw new InvalidOperationException(
                "Routes the accessibility suite cannot fill from the demo data; add their ids to SitePages or an exclusion with its reason:\n"
                + string.Join("\n", unfilled));
    }

    /// <summary>Adds the demo accounts and their records (once; a second call does nothing).</summary>
    public static async Task SeedDemoAsync(BrowserAppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
    }

    /// <summary>The template of every Razor page, one per page (the shortest of its routes: /Activities, not /Activities/Index).</summary>
    public static IEnumerable<string> PageRoutes(BrowserAppFixture app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<PageActionDescriptor>().Any())
            .GroupBy(e => e.Metadata.OfType<PageActionDescriptor>().First().ViewEnginePath)
            .Select(g => g.Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')).OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).First())
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// The route with its parameters filled in order from <paramref name="ids"/> ("a" or "a/b" for two parameters);
    /// an optional parameter left without a value is dropped.
    /// </summary>
    private static string Fill(string route, string ids)
    {
        var parts = ids.Split('/');
        var next = 0;
        return Parameter().Replace(route, _ => next < parts.Length ? parts[next++] : "").Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
    }

    /// <summary>"/Records/Reflections/Edit/{id:guid}" → "Records/Reflections/Edit" (the route without its parameters).</summary>
    private static string Section(string route) => Parameter().Replace(route, "").Trim('/').Replace("//", "/", StringComparison.Ordinal);

    private static async Task<DemoValues> DemoValuesAsync(BrowserAppFixture app)
    {
        await SeedDemoAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CpdLogDbContext>();
        var users = await db.Users.Where(u => u.Email!.EndsWith("@demo.cpdlog.local")).ToDictionaryAsync(u => u.Email!, u => u.Id);
        var manager = users[DemoData.ManagerEmail];
        var m = BrowserRole.Manager;

        // The demo data has every record kind for the demo manager except a gap explanation: add one, as the page would.
        if (!await db.GapExplanations.AnyAsync(g => g.OwnerId == manager))
        {
            var now = DateTimeOffset.UtcNow;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            db.GapExplanations.Add(new CpdLog.Core.Records.GapExplanation
            {
                OwnerId = manager, From = today.AddMonths(-14), To = today.AddMonths(-11), Reason = "Parental leave",
                Details = "Away from work; no CPD recorded in these months.", CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        var registration = (await db.Registrations.Where(r => r.OwnerId == manager).Select(r => r.Id).ToListAsync()).First().ToString();
        var activity = await FirstAsync(db.Activities.Where(r => r.OwnerId == manager).Select(r => r.Id));
        var evidence = await FirstAsync(db.EvidenceFiles.Where(r => r.OwnerId == manager).Select(r => r.Id));
        var requests = await db.FundingRequests.Where(r => r.RequesterId == manager).Select(r => new { r.Id, r.Status }).ToListAsync();
        // The demo has one request submitted to the line manager and one in progress; a decision taken earlier in the
        // suite (the line manager's form submitted) may have moved the first on, so fall back to any of theirs.
        var inProgress = (requests.FirstOrDefault(r => r.Status == FundingStatus.InProgress) ?? requests.First()).Id.ToString();
        var submitted = (requests.FirstOrDefault(r => r.Status == FundingStatus.Submitted)
            ?? requests.First()).Id.ToString();
        var signOff = await db.SignOffRequests.Where(r => r.OwnerId == manager).Select(r => (Guid?)r.Id).FirstOrDefaultAsync();
        // Nor has it a custom professional body for the admin's edit page: add one, as /Admin/Bodies/Add would.
        if (!await db.CustomBodies.AnyAsync())
        {
            db.CustomBodies.Add(new CpdLog.Core.Compliance.CustomBodyDefinition
            {
                Code = "HFMA", Name = "Healthcare Financial Management Association", CycleMonths = 12, RequiredHours = 20m,
                Notes = "Members' CPD scheme.", CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var body = await db.CustomBodies.Select(b => (Guid?)b.Id).FirstOrDefaultAsync();

        // Nor has it a sign-off brought in a personal archive from another CpdLog: add one, as an import would.
        var importedSignOff = await db.ImportedHistory.Where(h => h.OwnerId == manager && h.Kind == CpdLog.Core.Archive.ImportedHistoryKinds.SignOff)
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync();
        if (importedSignOff is null)
        {
            var item = new CpdLog.Core.Archive.ImportedHistoryItem
            {
                OwnerId = manager, Kind = CpdLog.Core.Archive.ImportedHistoryKinds.SignOff, ArchiveId = Guid.NewGuid(),
                Title = "Confirmation signed by Grace Okafor",
                Json = """{"id":"6f1c2f7e-1d4b-4a43-9d53-0d8f0f2b9a11","kind":"Confirmation","signerName":"Grace Okafor","signerRole":"Ward Sister","bodyName":"Nursing and Midwifery Council","registrationNumber":"21A1234E","verificationCode":"ABCDE-12345"}""",
                ExportedAt = DateTimeOffset.UtcNow.AddDays(-3), ImportedAt = DateTimeOffset.UtcNow,
            };
            db.ImportedHistory.Add(item);
            await db.SaveChangesAsync();
            importedSignOff = item.Id;
        }

        var ids = new Dictionary<string, (string, BrowserRole)>
        {
            ["Activities/Delete"] = (activity, m),
            ["Activities/Details"] = (activity, m),
            ["Activities/Edit"] = (activity, m),
            ["Registrations/Delete"] = (registration, m),
            ["Registrations/Edit"] = (registration, m),
            ["Registrations/SignOffs"] = (registration, m),
            ["Registrations/SignOffs/Index"] = (registration, m),
            ["Evidence/Edit"] = (evidence, m),
            ["Funding/Details"] = (submitted, m),
            ["Funding/Complete"] = (inProgress, m),
            ["Team/Decide"] = (submitted, BrowserRole.LineManager),
            // The learning agreement step: it shows the agreement, or sends the requester back to the request's page
            // when there is nothing to accept; either way the page reached is checked.
            ["Funding/Agreement"] = (submitted, m),
            ["Admin/Users/Edit"] = (manager, BrowserRole.Admin),
        };
        foreach (var (kind, id) in new[]
        {
            ("Reflections", await FirstAsync(db.Reflections.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("Feedback", await FirstAsync(db.Feedback.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("PracticeHours", await FirstAsync(db.PracticeHours.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("Discussions", await FirstAsync(db.Discussions.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("Confirmations", await FirstAsync(db.Confirmations.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("Declarations", await FirstAsync(db.Declarations.Where(r => r.OwnerId == manager).Select(r => r.Id))),
            ("GapExplanations", await FirstAsync(db.GapExplanations.Where(r => r.OwnerId == manager).Select(r => r.Id))),
        })
        {
            ids[$"Records/{kind}/Delete"] = (id, m);
            ids[$"Records/{kind}/Edit"] = (id, m);
        }

        // A qualification with a passed module: its page, the module form and the "log as CPD" step.
        var qualification = await db.Qualifications.Where(q => q.OwnerId == manager && q.Modules.Any(x => x.Result == CpdLog.Core.Records.ModuleResult.Pass))
            .Select(q => new { q.Id, Module = q.Modules.Where(x => x.Result == CpdLog.Core.Records.ModuleResult.Pass).Select(x => x.Id).First() })
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException("The demo data has no qualification with a passed module for the demo manager.");
        ids["Records/Qualifications/Delete"] = (qualification.Id.ToString(), m);
        ids["Records/Qualifications/Edit"] = (qualification.Id.ToString(), m);
        ids["Records/Qualifications/Details"] = (qualification.Id.ToString(), m);
        ids["Records/Qualifications/Module"] = ($"{qualification.Id}/{qualification.Module}", m);
        ids["Records/Qualifications/LogCpd"] = ($"{qualification.Id}/{qualification.Module}", m);
        ids["Records/Qualifications/RemoveModule"] = ($"{qualification.Id}/{qualification.Module}", m);

        var goal = await FirstAsync(db.PdpGoals.Where(g => g.OwnerId == manager).Select(g => g.Id));
        ids["Plan/Delete"] = (goal, m);
        ids["Plan/Edit"] = (goal, m);

        if (signOff is { } s)
        {
            ids["Registrations/SignOffs/Details"] = (s.ToString(), m);
        }

        ids["Archive/ImportedSignOff"] = (importedSignOff.Value.ToString(), m);

        if (body is { } b)
        {
            ids["Admin/Bodies/Edit"] = (b.ToString(), BrowserRole.Admin);
        }

        var unsubscribe = scope.ServiceProvider.GetRequiredService<UnsubscribeTokens>().Create(manager, CpdLog.Core.Notifications.ReminderKinds.Digest);
        var userManager = scope.ServiceProvider.GetRequiredService<CpdUserManager>();
        var managerUser = await userManager.FindByIdAsync(manager) ?? throw new InvalidOperationException("No demo manager.");
        var resetCode = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(
            System.Text.Encoding.UTF8.GetBytes(await userManager.GeneratePasswordResetTokenAsync(managerUser)));
        var query = new Dictionary<string, string>
        {
            ["/Identity/Account/ResetPassword"] = $"?code={resetCode}&email={Uri.EscapeDataString(DemoData.ManagerEmail)}",
            ["/Error"] = "?code=404",
            ["/Registrations/Details"] = "?id=" + registration,
            ["/Notifications/Unsubscribe"] = "?token=" + Uri.EscapeDataString(unsubscribe),

            // The statement with its tables and the demo manager's learning agreement, not the empty form.
            ["/Leaving"] = "?LeavingDate=" + CpdLog.Web.Infrastructure.Time.UkTime.UkToday(TimeProvider.System).AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "&Reason=Resignation",
        };
        return new DemoValues(ids, query);
    }

    private static async Task<string> FirstAsync(IQueryable<Guid> ids) =>
        (await ids.FirstOrDefaultAsync()) is var id && id != Guid.Empty
            ? id.ToString()
            : throw new InvalidOperationException("The demo data has no record of this kind for the demo manager: " + ids.Expression);

    [GeneratedRegex(@"\{\*?([^}:?=]+)(:[^}?=]+)?\??\}")]
    private static partial Regex Parameter();

    private sealed record DemoValues(IReadOnlyDictionary<string, (string Id, BrowserRole Role)> Ids, IReadOnlyDictionary<string, string> Query);
}
