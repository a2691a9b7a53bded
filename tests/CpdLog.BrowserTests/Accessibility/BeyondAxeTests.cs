namespace CpdLog.BrowserTests.Accessibility;

using CpdLog.BrowserTests.Infrastructure;
using Microsoft.Playwright;

/// <summary>
/// WCAG 2.2 checks axe-core cannot make, automated where a browser can make them (docs/accessibility.md lists what
/// was done by hand): 3.3.8 paste into password and code fields, 2.4.11 focus not obscured, 1.4.12 text spacing.
/// 2.5.8 target size runs in axe (rule target-size, switched on by <see cref="PageAuditor"/>); 400% zoom of a 1280 px
/// screen is the 320 px check of <see cref="EveryPageTests"/>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BeyondAxeTests(BrowserAppFixture app)
{
    /// <summary>
    /// The WCAG 1.4.12 spacing (line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 times the
    /// font size), set on each element through the CSS object model: the Content-Security-Policy refuses an injected
    /// style sheet, as it should.
    /// </summary>
    public const string TextSpacingScript = """
        () => {
            for (const e of document.querySelectorAll('body *')) {
                e.style.setProperty('line-height', '1.5', 'important');
                e.style.setProperty('letter-spacing', '0.12em', 'important');
                e.style.setProperty('word-spacing', '0.16em', 'important');
                if (e.tagName === 'P') e.style.setProperty('margin-bottom', '2em', 'important');
            }
        }
        """;

    private static readonly string[] ManagerPages =
        ["/Dashboard", "/Registrations", "/Activities", "/Activities/Add", "/Records", "/Plan", "/Funding", "/Funding/Edit", "/Portfolio", "/Bin", "/Identity/Account/Manage/ChangePassword", "/accessibility", "/privacy"];

    [Fact]
    public async Task PasswordAndCodeFields_TakeAPastedValue()
    {
        await SitePages.SeedDemoAsync(app);
        var problems = new List<string>();
        await using (var anonymous = await PageAuditor.CreateAsync(app, BrowserRole.Anonymous))
        {
            await anonymous.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            await PasteIntoEachAsync(anonymous.Page, "/Identity/Account/Login", problems);
            await PasteIntoEachAsync(anonymous.Page, "/Identity/Account/Register", problems);
        }

        await using (var manager = await PageAuditor.CreateAsync(app, BrowserRole.Manager))
        {
            await manager.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            await PasteIntoEachAsync(manager.Page, "/Identity/Account/Manage/ChangePassword", problems);
            await PasteIntoEachAsync(manager.Page, "/Identity/Account/Manage/EnableAuthenticator", problems);
            await PasteIntoEachAsync(manager.Page, "/Identity/Account/Manage/DeletePersonalData", problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task KeyboardFocus_IsNeverHidden_AtDesktopAnd320px()
    {
        await SitePages.SeedDemoAsync(app);
        var problems = new List<string>();
        await using var manager = await PageAuditor.CreateAsync(app, BrowserRole.Manager);
        var page = manager.Page;
        foreach (var width in new[] { PageAuditor.DesktopWidth, PageAuditor.NarrowWidth })
        {
            await page.SetViewportSizeAsync(width, PageAuditor.Height);
            foreach (var path in new[] { "/Dashboard", "/Activities", "/Activities/Add", "/Funding/Edit" })
            {
                await page.GotoAsync(path);
                var seen = new HashSet<string>();
                for (var i = 0; i < 80; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    var state = await page.EvaluateAsync<string?>(FocusStateScript);
                    if (state is null || !seen.Add(state.Split('|')[0]))
                    {
                        break; // back at the start of the page, or nothing focused
                    }

                    if (state.Contains("|hidden", StringComparison.Ordinal))
                    {
                        problems.Add($"{path} at {width} px: focused element is hidden: {state}");
                    }
                }

                Assert.True(seen.Count > 3, $"{path}: tabbing reached only {seen.Count} elements");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task IncreasedTextSpacing_ClipsNoText_AndKeepsThePageOnScreen()
    {
        await SitePages.SeedDemoAsync(app);
        var problems = new List<string>();
        await using var manager = await PageAuditor.CreateAsync(app, BrowserRole.Manager);
        var page = manager.Page;
        foreach (var width in new[] { PageAuditor.DesktopWidth, PageAuditor.NarrowWidth })
        {
            await page.SetViewportSizeAsync(width, PageAuditor.Height);
            foreach (var path in ManagerPages)
            {
                await page.GotoAsync(path);
                await page.EvaluateAsync(TextSpacingScript);
                var clipped = await page.EvaluateAsync<string[]>(ClippedTextScript);
                if (width == PageAuditor.NarrowWidth)
                {
                    // 1.4.12 asks that nothing is lost; it does not ask for 320 px reflow at the same time (1.4.10 is
                    // checked without the spacing by EveryPageTests). Some pages become 36 px wider with both: noted in
                    // docs/accessibility.md, not failed here.
                    clipped = [.. clipped.Where(c => !c.StartsWith("page is", StringComparison.Ordinal))];
                }

                problems.AddRange(clipped.Select(c => $"{path} at {width} px: {c}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task PasteIntoEachAsync(IPage page, string path, List<string> problems)
    {
        await page.GotoAsync(path);
        var fields = page.Locator("main input[type=password], main input[autocomplete=one-time-code], main input[name$='Code']");
        var count = await fields.CountAsync();
        if (count == 0)
        {
            problems.Add($"{path}: no password or code field found to paste into");
        }

        for (var i = 0; i < count; i++)
        {
            var field = fields.Nth(i);
            const string value = "Pasted-Value-123456";
            await page.EvaluateAsync("v => navigator.clipboard.writeText(v)", value);
            await field.FillAsync("");
            await field.FocusAsync();
            await page.Keyboard.PressAsync("Control+V");
            var pasted = await field.InputValueAsync();
            var max = await field.GetAttributeAsync("maxlength");
            var expected = max is not null && int.TryParse(max, out var m) && m < value.Length ? value[..m] : value;
            if (pasted != expected)
            {
                problems.Add($"{path}: field {await field.GetAttributeAsync("name")} took \"{pasted}\" from a paste of \"{value}\"");
            }
        }
    }

    /// <summary>"id|hidden" when the focused element's centre is off screen or covered by something else, "id|ok" otherwise; null when nothing has focus.</summary>
    private const string FocusStateScript = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const key = (e.id || e.name || e.getAttribute('href') || e.textContent.trim().slice(0, 30) || e.tagName) + '@' + [...document.querySelectorAll('*')].indexOf(e);
            const r = e.getBoundingClientRect();
            const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1), y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
            const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
            const top = document.elementFromPoint(x, y);
            const visible = inView && top && (e === top || e.contains(top) || top.contains(e) || (e.labels && [...e.labels].some(l => l.contains(top))));
            return key + (visible ? '|ok' : '|hidden ' + (top ? top.tagName + '.' + top.className : 'nothing') + ` at ${Math.round(x)},${Math.round(y)}`);
        }
        """;

    /// <summary>Elements whose text is cut off (content larger than a box that hides overflow) or a page wider than the screen.</summary>
    private const string ClippedTextScript = """
        () => {
            const out = [];
            if (document.documentElement.scrollWidth > innerWidth) out.push(`page is ${document.documentElement.scrollWidth} px wide`);
            for (const e of document.body.querySelectorAll('*')) {
                if (!e.textContent.trim() || e.closest('.nhsuk-u-visually-hidden, [hidden], .nhsuk-table__head')) continue;
                const s = getComputedStyle(e);
                if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'absolute' && s.clip !== 'auto') continue;
                const hides = /(hidden|clip)/.test(s.overflowX + s.overflowY);
                if (hides && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1))
                    out.push(`${e.tagName.toLowerCase()}.${String(e.className).trim().replace(/\s+/g, '.')} clips its text: "${e.textContent.trim().slice(0, 40)}"`);
            }
            return out;
        }
        """;
}
