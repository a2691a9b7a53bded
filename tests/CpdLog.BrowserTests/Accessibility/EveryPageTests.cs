namespace CpdLog.BrowserTests.Accessibility;

using System.Diagnostics;
using CpdLog.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

/// <summary>
/// Every page each role can reach (from the route table, ids from the demo data), and each form's error state:
/// axe-core finds no violation of any impact, nothing is wider than a 320 px viewport, and no request leaves the site
/// (bar the NHS webfonts, blocked) or fails. Exclusions are in <see cref="AccessibilityExclusions"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(BrowserAppFixture app, ITestOutputHelper output)
{
    public static TheoryData<string> Roles() => [.. BrowserRole.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPage_AndEachFormsErrorState_PassesAxe_FitsA320pxScreen_AndRequestsNothingOffSiteOrBroken(string roleName)
    {
        var role = BrowserRole.Named(roleName);
        var clock = Stopwatch.StartNew();
        var visits = await SitePages.ForAsync(app, role);
        Assert.NotEmpty(visits);

        await using var auditor = await PageAuditor.CreateAsync(app, role);
        foreach (var visit in visits)
        {
            try
            {
                await auditor.CheckAsync(visit);
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                auditor.Problems.Add($"[{role}] {visit.Url}: {e.Message.Split('\n')[0]}");
            }
        }

        output.WriteLine($"{role}: {visits.Count} pages, {auditor.StatesChecked} page states in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(auditor.Problems.Count == 0,
            $"{auditor.Problems.Count} accessibility problems as {role} ({visits.Count} pages, {auditor.StatesChecked} states):\n"
            + string.Join("\n", auditor.Problems));
    }
}
